package org.agilepmo.engine.schedule;

/** Date constraints, with the names and meanings of Microsoft Project. */
public enum ConstraintType {

	AS_SOON_AS_POSSIBLE,

	AS_LATE_AS_POSSIBLE,

	START_NO_EARLIER_THAN,

	START_NO_LATER_THAN,

	FINISH_NO_EARLIER_THAN,

	FINISH_NO_LATER_THAN,

	MUST_START_ON,

	MUST_FINISH_ON;

	/** True for the constraints that need a date. */
	public boolean isDated() {
		return this != AS_SOON_AS_POSSIBLE && this != AS_LATE_AS_POSSIBLE;
	}

}
