package org.agilepmo.portfolio;

import java.util.function.UnaryOperator;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/**
 * Builds the scene another module's test needs (people, portfolios, programmes, projects
 * with roles) through the portfolio module's own services, as a PMO officer would, and
 * answers with plain references, never the module's internal views. Every code is unique,
 * so tests never depend on each other's data. Get one from
 * {@link PortfolioFixtures#scene()}.
 */
public class PortfolioScene {

	/** A portfolio as the scene created it. */
	public record PortfolioRef(long id, String code, String name) {
	}

	/** A programme as the scene created it. */
	public record ProgrammeRef(long id, String code, String name, long portfolioId) {
	}

	/** A project as it stands now. */
	public record ProjectRef(long id, String code, String name, Classification classification, Stage stage,
			long portfolioId, long version) {

		static ProjectRef of(ProjectView view) {
			return new ProjectRef(view.id(), view.code(), view.name(), view.classification(), view.stage(),
					view.portfolioId(), view.version());
		}

	}

	private final org.agilepmo.portfolio.internal.PortfolioScene scene;

	private final PortfolioService portfolios;

	PortfolioScene(org.agilepmo.portfolio.internal.PortfolioScene scene, PortfolioService portfolios) {
		this.scene = scene;
		this.portfolios = portfolios;
	}

	public static String code(String prefix) {
		return org.agilepmo.portfolio.internal.PortfolioScene.code(prefix);
	}

	public static Actor actor(PersonSummary person) {
		return org.agilepmo.portfolio.internal.PortfolioScene.actor(person);
	}

	public static ProjectDraft draft(long portfolioId, Classification classification) {
		return org.agilepmo.portfolio.internal.PortfolioScene.draft(portfolioId, classification);
	}

	/** The draft with the given project manager. */
	public static ProjectDraft withManager(ProjectDraft draft, long projectManagerId) {
		return org.agilepmo.portfolio.internal.PortfolioScene.withManager(draft, projectManagerId);
	}

	/** The PMO officer, fully screened, who builds the scene. */
	public PersonSummary officer() {
		return this.scene.officer();
	}

	public PersonSummary person(String prefix, ScreeningLevel screening, GlobalRole... roles) {
		return this.scene.person(prefix, screening, roles);
	}

	public PortfolioRef portfolio() {
		var created = this.scene.portfolio();
		return new PortfolioRef(created.id(), created.code(), created.name());
	}

	public long portfolioVersion(long portfolioId) {
		return this.portfolios.portfolio(actor(officer()), portfolioId).version();
	}

	public void givePortfolioRole(long portfolioId, PersonSummary person, PortfolioRole role) {
		this.scene.givePortfolioRole(portfolioId, person, role);
	}

	public ProgrammeRef programme(long portfolioId) {
		var created = this.scene.programme(portfolioId);
		return new ProgrammeRef(created.id(), created.code(), created.name(), created.portfolioId());
	}

	public long programmeVersion(long programmeId) {
		return this.portfolios.programme(actor(officer()), programmeId).version();
	}

	public ProjectRef project(long portfolioId, Classification classification) {
		return ProjectRef.of(this.scene.project(portfolioId, classification));
	}

	public ProjectRef project(long portfolioId, Classification classification, UnaryOperator<ProjectDraft> change) {
		return ProjectRef.of(this.scene.project(portfolioId, classification, change));
	}

	public ProjectRef giveProjectRole(long projectId, PersonSummary person, ProjectRole role) {
		return ProjectRef.of(this.scene.giveProjectRole(projectId, person, role));
	}

	/** Reclassifies the project (people already holding a role keep it). */
	public ProjectRef classify(long projectId, Classification classification) {
		return ProjectRef.of(this.scene.classify(projectId, classification));
	}

	public ProjectRef reload(long projectId) {
		return ProjectRef.of(this.scene.reload(projectId));
	}

}
