package org.agilepmo.reporting;

import java.time.LocalDate;

/**
 * Published when a project's status report is submitted for review (inside the writing
 * transaction).
 */
public record StatusReportSubmitted(long reportId, long projectId, LocalDate periodEnd, String overall,
		Long byPersonId) {

}
