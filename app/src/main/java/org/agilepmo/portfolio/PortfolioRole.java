package org.agilepmo.portfolio;

/**
 * A role a person holds on a whole portfolio: managers create and change its projects and
 * programmes, viewers see them (within their screening).
 */
public enum PortfolioRole {

	PORTFOLIO_MANAGER, PORTFOLIO_VIEWER

}
