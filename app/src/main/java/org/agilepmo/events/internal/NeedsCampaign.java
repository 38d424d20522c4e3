package org.agilepmo.events.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * A unit's training needs assessment: the skills and topics its people say how much they
 * need, while it is open; closed, it keeps the consolidated needs for their follow-up.
 */
@Entity
@Table(name = "events_needs_campaign")
public class NeedsCampaign {

	public enum Status {

		OPEN, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "closes_on")
	private LocalDate closesOn;

	@Column(name = "created_by", nullable = false, updatable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected NeedsCampaign() {
	}

	NeedsCampaign(long unitId, String title, LocalDate closesOn, long createdBy, Instant now) {
		if (title == null || title.isBlank()) {
			throw new RuleViolationException("title", "events.error.required", "is required");
		}
		this.unitId = unitId;
		this.title = title.strip();
		this.closesOn = closesOn;
		this.status = Status.OPEN;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void close() {
		if (this.status == Status.CLOSED) {
			throw new RuleViolationException("status", "events.error.campaignClosed", "the assessment is closed");
		}
		this.status = Status.CLOSED;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long unitId() {
		return this.unitId;
	}

	public String title() {
		return this.title;
	}

	public Status status() {
		return this.status;
	}

	public LocalDate closesOn() {
		return this.closesOn;
	}

	public boolean isOpen() {
		return this.status == Status.OPEN;
	}

}
