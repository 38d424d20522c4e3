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

	/**
	 * Dates the item's latest line to a past moment: the demo tells a sprint that began
	 * days ago, so its burndown has days of history (the audit trail keeps the real
	 * times).
	 */
	void dateLatest(long itemId, Instant at) {
		this.events.findFirstByItemIdOrderByIdDesc(itemId).ifPresent(e -> {
			e.dateAt(at);
			this.events.save(e);
		});
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
