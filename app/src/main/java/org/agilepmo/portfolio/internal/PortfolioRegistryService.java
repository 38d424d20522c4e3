package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.PortfolioDraft;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProgrammeDraft;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Service;

/**
 * The portfolio use cases offered to other modules, delegated to the module's services.
 */
@Service
class PortfolioRegistryService implements PortfolioRegistry {

	private final PortfolioService portfolios;

	private final ProjectService projects;

	PortfolioRegistryService(PortfolioService portfolios, ProjectService projects) {
		this.portfolios = portfolios;
		this.projects = projects;
	}

	@Override
	public long createPortfolio(Actor actor, PortfolioDraft draft) {
		return this.portfolios.createPortfolio(actor, draft).id();
	}

	@Override
	public void assignPortfolioRole(Actor actor, long portfolioId, long personId, PortfolioRole role) {
		PortfolioView current = this.portfolios.portfolio(actor, portfolioId);
		this.portfolios.assignRole(actor, portfolioId, current.version(), personId, role);
	}

	@Override
	public long createProgramme(Actor actor, ProgrammeDraft draft) {
		return this.portfolios.createProgramme(actor, draft).id();
	}

	@Override
	public ProjectSummary createProject(Actor actor, ProjectDraft draft) {
		return summary(this.projects.create(actor, draft));
	}

	@Override
	public ProjectSummary changeStage(Actor actor, long projectId, Stage target, String reason) {
		ProjectView current = this.projects.get(actor, projectId);
		return summary(this.projects.changeStage(actor, projectId, current.version(), target, reason));
	}

	@Override
	public ProjectSummary changeHealth(Actor actor, long projectId, Health health, String reason) {
		ProjectView current = this.projects.get(actor, projectId);
		return summary(this.projects.changeHealth(actor, projectId, current.version(), health, reason));
	}

	@Override
	public ProjectSummary grant(Actor actor, long projectId, long personId, ProjectRole role) {
		ProjectView current = this.projects.get(actor, projectId);
		return summary(this.projects.grant(actor, projectId, current.version(), personId, role));
	}

	private static ProjectSummary summary(ProjectView p) {
		return new ProjectSummary(p.id(), p.code(), p.name(), p.classification(), p.stage(), p.portfolioId());
	}

}
