package org.agilepmo.portfolio.internal;

import java.util.Set;

import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;

/**
 * Who may see, change and create projects. Deny by default: a person sees a project only
 * when their screening clears its classification and they act portfolio-wide or hold a
 * role on it or on its portfolio. {@link Visibility} states the same rule as a query.
 */
public final class ProjectAccessPolicy {

	private ProjectAccessPolicy() {
	}

	/**
	 * Where a person stands towards one project.
	 *
	 * @param classification the project's classification
	 * @param projectRoles the roles the person holds on the project
	 * @param portfolioRole the role they hold on its portfolio, or {@code null}
	 */
	public record Standing(Classification classification, Set<ProjectRole> projectRoles, PortfolioRole portfolioRole) {

		public Standing {
			projectRoles = Set.copyOf(projectRoles);
		}

	}

	public static boolean maySee(Actor actor, Standing standing) {
		return screeningClears(actor, standing) && (actor.isPortfolioWide() || holdsARole(standing));
	}

	/**
	 * Changing a project (its fields, stage, health or members) takes a project manager,
	 * a manager of its portfolio, or a portfolio-wide role, on a project one may see.
	 */
	public static boolean mayEdit(Actor actor, Standing standing) {
		return maySee(actor, standing)
				&& (actor.isPortfolioWide() || standing.projectRoles().contains(ProjectRole.PROJECT_MANAGER)
						|| standing.portfolioRole() == PortfolioRole.PORTFOLIO_MANAGER);
	}

	/** Creating a project in a portfolio, where the person holds the given role. */
	public static boolean mayCreateIn(Actor actor, PortfolioRole roleOnPortfolio) {
		return actor.isPortfolioWide() || roleOnPortfolio == PortfolioRole.PORTFOLIO_MANAGER;
	}

	private static boolean screeningClears(Actor actor, Standing standing) {
		return actor.clears(standing.classification());
	}

	private static boolean holdsARole(Standing standing) {
		return !standing.projectRoles().isEmpty() || standing.portfolioRole() != null;
	}

}
