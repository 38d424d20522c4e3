package org.agilepmo.portfolio;

/**
 * What other modules may know of a portfolio the person may see.
 *
 * @param mayManage whether the person may change what is recorded about the portfolio as
 * a whole (the PMO and the portfolio's managers)
 */
public record PortfolioSummary(long id, String code, String name, boolean mayManage) {

}
