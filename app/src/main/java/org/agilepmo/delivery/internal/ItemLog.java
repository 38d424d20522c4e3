package org.agilepmo.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** Appends an item's state to the log the charts replay, whenever it matters to them. */
@Component
class ItemLog {

	private final ItemEvents events;

	private final Clock clock;

	ItemLog(ItemEvents events, java.util.Optional<Clock> clock) {
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	void record(BacklogItem item) {
		this.events.save(ItemEvent.of(item, now()));
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
