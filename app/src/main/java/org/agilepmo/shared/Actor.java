package org.agilepmo.shared;

import java.util.Set;

/**
 * The person on whose behalf the current request acts, as every module needs to see them:
 * who they are, what they are cleared for, and which global roles they hold.
 */
public record Actor(long id, String username, String displayName, ScreeningLevel screening, Set<GlobalRole> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(GlobalRole role) {
		return this.roles.contains(role);
	}

	/** Administrators and PMO officers act across every portfolio. */
	public boolean isPortfolioWide() {
		return has(GlobalRole.ADMINISTRATOR) || has(GlobalRole.PMO_OFFICER);
	}

	public boolean clears(Classification classification) {
		return this.screening.clears(classification);
	}

}
