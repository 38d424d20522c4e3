package org.agilepmo.meetings.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's calendar feed: the SHA-256 hash of its secret token (the token itself is
 * shown once), and when it was revoked.
 */
@Entity
@Table(name = "meetings_calendar_feed")
public class CalendarFeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id")
	private long personId;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected CalendarFeed() {
	}

	CalendarFeed(long personId, String tokenHash, Instant createdAt) {
		this.personId = personId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	public boolean isActive() {
		return this.revokedAt == null;
	}

	public Long id() {
		return this.id;
	}

	public long personId() {
		return this.personId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant revokedAt() {
		return this.revokedAt;
	}

}
