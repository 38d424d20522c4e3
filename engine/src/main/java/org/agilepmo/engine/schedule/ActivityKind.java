package org.agilepmo.engine.schedule;

/** What an activity is. */
public enum ActivityKind {

	/** Work with a duration. */
	TASK,

	/** A point in time: a task of zero duration. */
	MILESTONE,

	/** A WBS element that rolls up the dates, work and progress of its children. */
	SUMMARY

}
