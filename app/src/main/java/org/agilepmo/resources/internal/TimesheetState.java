package org.agilepmo.resources.internal;

/**
 * Where a weekly timesheet is: being filled in, waiting for approval, approved (locked),
 * or returned to its person with a reason (and filled in again).
 */
public enum TimesheetState {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/** Whether the person may still change the hours. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
