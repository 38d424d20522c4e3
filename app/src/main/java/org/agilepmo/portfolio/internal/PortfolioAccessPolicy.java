package org.agilepmo.portfolio.internal;

import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.shared.Actor;

/**
 * Who may see and change portfolios and programmes. A portfolio is visible
 * portfolio-wide, to holders of a role on it, and to anyone who may see at least one of
 * its projects; a programme is visible when its portfolio is.
 */
public final class PortfolioAccessPolicy {

	private PortfolioAccessPolicy() {
	}

	public static boolean maySee(Actor actor, PortfolioRole role, boolean seesAProjectInIt) {
		return actor.isPortfolioWide() || role != null || seesAProjectInIt;
	}

	/** Creating and changing portfolios and their roles: the PMO's work. */
	public static boolean mayManagePortfolios(Actor actor) {
		return actor.isPortfolioWide();
	}

	/** Creating and changing a portfolio's programmes. */
	public static boolean mayManageProgrammes(Actor actor, PortfolioRole role) {
		return actor.isPortfolioWide() || role == PortfolioRole.PORTFOLIO_MANAGER;
	}

}
