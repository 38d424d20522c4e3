package org.agilepmo.engine.schedule;

import java.util.List;

/** A network that cannot be scheduled, such as one with a dependency loop. */
public class ScheduleException extends RuntimeException {

	private final List<String> loop;

	public ScheduleException(String message) {
		this(message, List.of());
	}

	/**
	 * A dependency loop: the names of its activities in link direction, the first one
	 * repeated at the end.
	 */
	public ScheduleException(String message, List<String> loop) {
		super(message);
		this.loop = List.copyOf(loop);
	}

	/**
	 * The names of the activities of the loop, in link direction; empty when not a loop.
	 */
	public List<String> loop() {
		return this.loop;
	}

}
