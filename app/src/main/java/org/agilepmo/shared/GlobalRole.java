package org.agilepmo.shared;

/**
 * Roles that apply across the whole platform. Project roles are held per project and live
 * in the portfolio module.
 */
public enum GlobalRole {

	/**
	 * Manages accounts, roles, reference data; sees every project their screening clears.
	 */
	ADMINISTRATOR,
	/**
	 * Runs portfolio governance; sees and manages every project their screening clears.
	 */
	PMO_OFFICER,
	/**
	 * Reads the audit trail (filtered by screening) and nothing else by virtue of the
	 * role.
	 */
	AUDITOR,
	/** Any staff member: submits demand, works on the projects they hold a role on. */
	MEMBER,
	/**
	 * Sits on the architecture review board: reviews solutions at the gates, keeps the
	 * catalogue of standards and the application portfolio.
	 */
	ARCHITECTURE_BOARD;

	public String authority() {
		return "ROLE_" + name();
	}

}
