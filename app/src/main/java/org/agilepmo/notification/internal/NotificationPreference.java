package org.agilepmo.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether a person keeps one reason on for one channel. No preference means on, so that a
 * person hears of everything until they choose otherwise, and viewing the settings writes
 * nothing.
 */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(nullable = false)
	private String channel;

	@Column(nullable = false)
	private String reason;

	@Column(nullable = false)
	private boolean enabled;

	protected NotificationPreference() {
	}

	NotificationPreference(long personId, String channel, String reason, boolean enabled) {
		this.personId = personId;
		this.channel = channel;
		this.reason = reason;
		this.enabled = enabled;
	}

	void turn(boolean on) {
		this.enabled = on;
	}

	String channel() {
		return this.channel;
	}

	String reason() {
		return this.reason;
	}

	boolean enabled() {
		return this.enabled;
	}

}
