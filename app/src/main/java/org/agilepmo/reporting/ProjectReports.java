package org.agilepmo.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.agilepmo.portfolio.Health;
import org.agilepmo.shared.Actor;

/**
 * What status reports and deviations say, as other modules (dashboards, the workspace)
 * may show it: always through the project's access rule, so a project the person may not
 * see adds nothing, not even to a count.
 */
public interface ProjectReports {

	/**
	 * The health of the project's latest published report (else its latest submitted
	 * one); empty when it has none or the person may not see the project.
	 */
	Optional<ReportedHealth> latestHealth(long projectId, Actor actor);

	/** {@link #latestHealth} of every project the person may see that has a report. */
	List<ReportedHealth> latestHealth(Actor actor);

	/**
	 * The open deviations (raised, not yet closed) of the projects the person may see.
	 */
	List<DeviationSummary> openDeviations(Actor actor);

	/** The open deviations of one project; empty when the person may not see it. */
	List<DeviationSummary> openDeviations(long projectId, Actor actor);

	/**
	 * A project's reported health: overall and per dimension, from one report.
	 *
	 * @param status {@code SUBMITTED}, {@code REVIEWED} or {@code PUBLISHED}
	 * @param periodEnd the last day the report covers
	 * @param overdue whether the project's next report is past its due day
	 * @param link the page of the report
	 */
	record ReportedHealth(long projectId, long portfolioId, long reportId, LocalDate periodEnd, String status,
			Health overall, Health scope, Health schedule, Health cost, Health risk, Health resources,
			Instant submittedAt, boolean overdue, String link) {

	}

	/**
	 * One deviation.
	 *
	 * @param kind {@code FINISH_SLIP}, {@code COST_INDEX}, {@code SCHEDULE_INDEX},
	 * {@code UNANSWERED_RISK} or {@code REPORT_OVERDUE}
	 * @param status {@code RAISED}, {@code REMEDIATING} (a remediation plan exists) or
	 * {@code CLOSED}
	 * @param detail what was measured against what, in figures (e.g. {@code 12 > 5})
	 * @param link the page of the deviation
	 */
	record DeviationSummary(long id, long projectId, long portfolioId, String kind, String status, LocalDate raisedOn,
			String detail, int openActions, String link) {

	}

}
