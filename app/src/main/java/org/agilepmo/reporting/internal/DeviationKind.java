package org.agilepmo.reporting.internal;

/** What a portfolio's threshold measures. */
public enum DeviationKind {

	/**
	 * The scheduled finish is later than the baseline's by more than the allowed days.
	 */
	FINISH_SLIP,
	/** The cost performance index is below the threshold. */
	COST_INDEX,
	/** The schedule performance index is below the threshold. */
	SCHEDULE_INDEX,
	/** An open threat rated high or worse has no response. */
	UNANSWERED_RISK,
	/** The status report of an ended period was not submitted by its due day. */
	REPORT_OVERDUE

}
