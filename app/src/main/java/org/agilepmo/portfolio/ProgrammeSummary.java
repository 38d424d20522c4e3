package org.agilepmo.portfolio;

/**
 * What other modules may know of a programme the person may see.
 *
 * @param mayManage whether the person may change what is recorded about the programme
 * (the PMO, the portfolio's managers and the programme's own manager)
 */
public record ProgrammeSummary(long id, String code, String name, long portfolioId, String portfolioName,
		Long managerId, boolean mayManage) {

}
