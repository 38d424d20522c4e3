package org.agilepmo.intake.internal;

import java.time.LocalDate;

import org.agilepmo.portfolio.ProjectType;

/**
 * Where the project an approved note becomes goes: its code, portfolio (and programme),
 * type, manager and planned dates.
 */
public record ApprovalTerms(String code, Long portfolioId, Long programmeId, ProjectType type, Long projectManagerId,
		LocalDate plannedStart, LocalDate plannedFinish) {

}
