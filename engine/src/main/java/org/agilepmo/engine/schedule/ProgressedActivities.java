package org.agilepmo.engine.schedule;

/**
 * How the remaining work of an activity that started out of sequence is scheduled, P6's
 * project setting "Scheduling progressed activities" (ADR 0103).
 */
public enum ProgressedActivities {

	/** The remaining work still waits for the activity's predecessors. */
	RETAINED_LOGIC,

	/**
	 * The remaining work ignores the activity's predecessors and continues from the data
	 * date.
	 */
	PROGRESS_OVERRIDE;

}
