package org.agilepmo.engine.schedule;

/** A network that cannot be scheduled, such as one with a dependency loop. */
public class ScheduleException extends RuntimeException {

	public ScheduleException(String message) {
		super(message);
	}

}
