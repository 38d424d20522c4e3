package org.agilepmo.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision recorded in a meeting; recorded once, never edited. */
@Entity
@Table(name = "meetings_decision")
public class MeetingDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id")
	private long meetingId;

	private String text;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "recorded_by")
	private long recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected MeetingDecision() {
	}

	MeetingDecision(long meetingId, String text, LocalDate decidedOn, long recordedBy, Instant recordedAt) {
		this.meetingId = meetingId;
		this.text = text.strip();
		this.decidedOn = decidedOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long id() {
		return this.id;
	}

	public long meetingId() {
		return this.meetingId;
	}

	public String text() {
		return this.text;
	}

	public LocalDate decidedOn() {
		return this.decidedOn;
	}

	public long recordedBy() {
		return this.recordedBy;
	}

}
