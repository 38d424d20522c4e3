package org.agilepmo.events.internal;

import java.util.Set;

/**
 * Where an event stands. People register themselves only while {@link #OPEN} (the
 * organisers register participants until the event is held or cancelled); attendance is
 * recorded in any status but cancelled; a held event is final, a cancelled one may be
 * planned again.
 */
public enum EventStatus {

	PLANNED, OPEN, CLOSED, HELD, CANCELLED;

	/** The statuses this one may move to. */
	public Set<EventStatus> next() {
		return switch (this) {
			case PLANNED -> Set.of(OPEN, CLOSED, CANCELLED);
			case OPEN -> Set.of(CLOSED, PLANNED, CANCELLED);
			case CLOSED -> Set.of(OPEN, HELD, CANCELLED);
			case HELD -> Set.of();
			case CANCELLED -> Set.of(PLANNED);
		};
	}

	public boolean mayMoveTo(EventStatus target) {
		return next().contains(target);
	}

}
