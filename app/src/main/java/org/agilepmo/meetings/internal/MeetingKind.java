package org.agilepmo.meetings.internal;

/** What a meeting is for. */
public enum MeetingKind {

	STEERING_COMMITTEE, PROJECT_BOARD, VENDOR_MEETING, UNIT_MEETING

}
