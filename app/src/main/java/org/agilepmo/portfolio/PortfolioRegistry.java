package org.agilepmo.portfolio;

import org.agilepmo.shared.Actor;

/**
 * Writes to the portfolio on behalf of another module (demo data, an approved concept
 * note becoming a project, a schedule file imported as a new project). Each call is the
 * same use case a person performs on the pages or the API: the same access checks,
 * validation, optimistic locking and exactly one audit entry. The version a change is
 * based on is the current one when the call starts.
 */
public interface PortfolioRegistry {

	/** Creates a portfolio and answers its id (administrators and PMO officers only). */
	long createPortfolio(Actor actor, PortfolioDraft draft);

	/** Gives a person a role on a whole portfolio. */
	void assignPortfolioRole(Actor actor, long portfolioId, long personId, PortfolioRole role);

	/** Creates a programme in a portfolio and answers its id. */
	long createProgramme(Actor actor, ProgrammeDraft draft);

	/** Proposes a project (it starts at the concept stage). */
	ProjectSummary createProject(Actor actor, ProjectDraft draft);

	/** Moves a project to another lifecycle stage, if the transition is allowed. */
	ProjectSummary changeStage(Actor actor, long projectId, Stage target, String reason);

	/** Reports a project's health with its reason. */
	ProjectSummary changeHealth(Actor actor, long projectId, Health health, String reason);

	/** Gives a person a role on one project. */
	ProjectSummary grant(Actor actor, long projectId, long personId, ProjectRole role);

}
