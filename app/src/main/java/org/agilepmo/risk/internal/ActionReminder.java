package org.agilepmo.risk.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That an overdue action's owner was reminded of it on a day (one row per day). */
@Entity
@Table(name = "risk_action_reminder")
class ActionReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "action_id", nullable = false, updatable = false)
	private long actionId;

	@Column(name = "reminded_on", nullable = false, updatable = false)
	private LocalDate remindedOn;

	@Column(name = "sent_at", nullable = false, updatable = false)
	private Instant sentAt;

	protected ActionReminder() {
	}

	ActionReminder(long actionId, LocalDate remindedOn, Instant sentAt) {
		this.actionId = actionId;
		this.remindedOn = remindedOn;
		this.sentAt = sentAt;
	}

}
