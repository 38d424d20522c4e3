package org.agilepmo.reporting.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.agilepmo.portfolio.Stage;

/**
 * Which projects owe a report, and which report is overdue: a project in planning,
 * execution or go-live reports every period of its portfolio's cadence; the report of the
 * latest ended period is overdue once its due day has passed without it being submitted.
 */
final class ReportingDuty {

	private ReportingDuty() {
	}

	static boolean owesReports(Stage stage) {
		return stage == Stage.PLANNING || stage == Stage.EXECUTION || stage == Stage.GO_LIVE;
	}

	/** The end of the latest period that has ended before {@code today}. */
	static LocalDate lastEndedPeriod(Cadence cadence, LocalDate today) {
		LocalDate current = cadence.periodEnd(today);
		return current.isBefore(today) ? current : cadence.previousEnd(current);
	}

	/**
	 * The end of the period whose report is overdue today, if any.
	 * @param submitted whether the report of a period was submitted (or further)
	 */
	static Optional<LocalDate> overduePeriod(Cadence cadence, LocalDate today,
			java.util.function.Predicate<LocalDate> submitted) {
		LocalDate end = lastEndedPeriod(cadence, today);
		if (!cadence.dueOn(end).isBefore(today) || submitted.test(end)) {
			return Optional.empty();
		}
		return Optional.of(end);
	}

}
