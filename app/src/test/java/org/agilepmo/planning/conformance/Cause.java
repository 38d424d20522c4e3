package org.agilepmo.planning.conformance;

/**
 * Why an activity's dates differ from the ones the tool saved, most frequent first: the
 * first that applies to the activity names it.
 */
enum Cause {

	REFUSED_FILE("file refused by the import"),

	DEFECT("late finish before late start"),

	P6_WBS_SUMMARY("P6 WBS summary"),

	P6_PROGRESS_FINISHED("P6 progress: finished activity"),

	P6_PROGRESS_STARTED("P6 progress: in-progress activity"),

	P6_PROGRESS_NOT_STARTED("P6 progress: not started, after the data date"),

	MS_SUMMARY("MS Project summary task"),

	MANUAL("manually scheduled task"),

	MS_PROGRESS("MS Project progress"),

	ELAPSED("elapsed duration"),

	MILESTONE_WITH_DURATION("milestone flag with a duration"),

	EFFORT_DRIVEN("effort-driven (assignments)"),

	BEFORE_PROJECT_START("work before the project start"),

	DAY_BOUNDARY("day boundary (17:00 vs next 08:00)"),

	OTHER("other");

	final String label;

	Cause(String label) {
		this.label = label;
	}

}
