package org.agilepmo.finance.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The finance access rule, the project's: whoever may see a project sees its budget,
 * funding, costs and earned value (404 otherwise); whoever may change the project enters
 * them; the PMO (administrators and PMO officers) approves budget versions, keeps the
 * exchange rates and the funding sources.
 */
@Component
public class FinanceAccess {

	private final ProjectCatalogue catalogue;

	FinanceAccess(ProjectCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public ProjectSummary visible(Actor actor, long projectId) {
		return this.catalogue.requireVisible(projectId, actor);
	}

	public ProjectSummary editable(Actor actor, long projectId) {
		return this.catalogue.requireEditable(projectId, actor);
	}

	public boolean mayEdit(Actor actor, long projectId) {
		return this.catalogue.mayEdit(projectId, actor);
	}

	public java.util.Optional<ProjectSummary> find(Actor actor, long projectId) {
		return this.catalogue.findVisible(projectId, actor);
	}

	/** Approving budgets, keeping rates and sources: the PMO only (403 otherwise). */
	public void requirePmo(Actor actor) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO keeps this");
		}
	}

	public boolean isPmo(Actor actor) {
		return actor.isPortfolioWide();
	}

	/** Every project the person may see, by id. */
	public Map<Long, ProjectOverview> visibleProjects(Actor actor) {
		return this.catalogue.listVisible(actor)
			.stream()
			.collect(Collectors.toMap(ProjectOverview::id, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
