package org.agilepmo.delivery.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the append-only item log that the charts replay. */
@Entity
@Table(name = "delivery_item_event")
class ItemEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "squad_id", nullable = false)
	private long squadId;

	@Column(name = "item_id", nullable = false)
	private long itemId;

	@Column(name = "sprint_id")
	private Long sprintId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Category category;

	@Column(nullable = false)
	private int points;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected ItemEvent() {
	}

	static ItemEvent of(BacklogItem item, Instant at) {
		ItemEvent event = new ItemEvent();
		event.squadId = item.squadId();
		event.itemId = item.id();
		event.sprintId = item.sprintId();
		event.category = item.category();
		event.points = item.points();
		event.occurredAt = at;
		return event;
	}

	/** Dates the line to when the demo's story says it happened (demo data only). */
	void dateAt(Instant at) {
		this.occurredAt = at;
	}

	ItemState state() {
		return new ItemState(this.itemId, this.occurredAt, this.sprintId, this.category, this.points);
	}

}
