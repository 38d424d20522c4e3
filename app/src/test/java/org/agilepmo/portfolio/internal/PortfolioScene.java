package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.PortfolioDraft;
import org.agilepmo.portfolio.ProgrammeDraft;
import org.agilepmo.portfolio.ProjectDraft;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/**
 * Builds the scene a portfolio test needs (people, portfolios, projects with roles)
 * through the module's own services, as a PMO officer would. Every code is unique, so
 * tests never depend on each other's data.
 */
public class PortfolioScene {

	private final IdentityFixtures people;

	private final PortfolioService portfolios;

	private final ProjectService projects;

	private PersonSummary officer;

	public PortfolioScene(IdentityFixtures people, PortfolioService portfolios, ProjectService projects) {
		this.people = people;
		this.portfolios = portfolios;
		this.projects = projects;
	}

	public static String code(String prefix) {
		return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
	}

	public static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	/** The PMO officer, fully screened, who builds the scene. */
	public PersonSummary officer() {
		if (this.officer == null) {
			this.officer = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		}
		return this.officer;
	}

	public PersonSummary person(String prefix, ScreeningLevel screening, GlobalRole... roles) {
		return this.people.person(prefix, screening, roles);
	}

	public PortfolioView portfolio() {
		return this.portfolios.createPortfolio(actor(officer()),
				new PortfolioDraft(code("PF"), "Portfolio " + code("N"), "A portfolio for a test"));
	}

	public void givePortfolioRole(long portfolioId, PersonSummary person, PortfolioRole role) {
		Actor officer = actor(officer());
		long version = this.portfolios.portfolio(officer, portfolioId).version();
		this.portfolios.assignRole(officer, portfolioId, version, person.id(), role);
	}

	public ProgrammeView programme(long portfolioId) {
		return this.portfolios.createProgramme(actor(officer()),
				new ProgrammeDraft(portfolioId, code("PG"), "Programme " + code("N"), null, null));
	}

	public static ProjectDraft draft(long portfolioId, Classification classification) {
		return new ProjectDraft(code("P"), "Project " + code("N"), "Delivers something useful", ProjectType.ICT,
				Methodology.SCRUM, classification, portfolioId, null, null, null, null, Set.of(), null, null,
				Health.GREEN, null, List.of());
	}

	/** The draft with the given project manager. */
	public static ProjectDraft withManager(ProjectDraft d, long projectManagerId) {
		return new ProjectDraft(d.code(), d.name(), d.description(), d.type(), d.methodology(), d.classification(),
				d.portfolioId(), d.programmeId(), d.sponsorId(), d.businessOwnerId(), projectManagerId, d.squadIds(),
				d.plannedStart(), d.plannedFinish(), d.health(), d.healthReason(), d.tags());
	}

	public ProjectView project(long portfolioId, Classification classification) {
		return project(portfolioId, classification, UnaryOperator.identity());
	}

	public ProjectView project(long portfolioId, Classification classification, UnaryOperator<ProjectDraft> change) {
		return this.projects.create(actor(officer()), change.apply(draft(portfolioId, classification)));
	}

	public ProjectView giveProjectRole(long projectId, PersonSummary person, ProjectRole role) {
		Actor officer = actor(officer());
		long version = this.projects.get(officer, projectId).version();
		return this.projects.grant(officer, projectId, version, person.id(), role);
	}

	/** Reclassifies the project (people already holding a role keep it). */
	public ProjectView classify(long projectId, Classification classification) {
		Actor officer = actor(officer());
		ProjectView current = this.projects.get(officer, projectId);
		ProjectDraft d = current.toDraft();
		return this.projects.edit(officer, projectId, current.version(),
				new ProjectDraft(d.code(), d.name(), d.description(), d.type(), d.methodology(), classification,
						d.portfolioId(), d.programmeId(), d.sponsorId(), d.businessOwnerId(), d.projectManagerId(),
						d.squadIds(), d.plannedStart(), d.plannedFinish(), d.health(), d.healthReason(), d.tags()));
	}

	public ProjectView reload(long projectId) {
		return this.projects.get(actor(officer()), projectId);
	}

}
