package org.agilepmo.events.internal;

/** What an event is: a conference, a working group, or a course (a training). */
public enum EventKind {

	CONFERENCE, WORKING_GROUP, TRAINING

}
