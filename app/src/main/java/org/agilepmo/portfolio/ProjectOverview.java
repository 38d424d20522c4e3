package org.agilepmo.portfolio;

import java.time.LocalDate;

import org.agilepmo.shared.Classification;

/**
 * A project as roadmaps and dashboards show it: where it sits in the portfolio, its
 * stage, health and planned dates.
 */
public record ProjectOverview(long id, String code, String name, long portfolioId, String portfolioName,
		Long programmeId, String programmeName, Stage stage, Health health, LocalDate plannedStart,
		LocalDate plannedFinish, Classification classification) {

}
