package org.agilepmo.meetings.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/** An action agreed in a meeting: its owner, its due date, and when it was closed. */
@Entity
@Table(name = "meetings_action")
public class MeetingAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "meeting_id")
	private long meetingId;

	private String title;

	@Column(name = "owner_id")
	private long ownerId;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private Long closedBy;

	protected MeetingAction() {
	}

	MeetingAction(long meetingId, String title, long ownerId, LocalDate dueOn) {
		this.meetingId = meetingId;
		this.title = title.strip();
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	void close(long by, Instant at) {
		if (this.closedAt != null) {
			throw new RuleViolationException("action", "meetings.error.closed", "this action is already closed");
		}
		this.closedAt = at;
		this.closedBy = by;
	}

	public String state() {
		return "title=" + this.title + ", owner=" + this.ownerId + ", due=" + this.dueOn + ", closed=" + this.closedAt;
	}

	public boolean isClosed() {
		return this.closedAt != null;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long meetingId() {
		return this.meetingId;
	}

	public String title() {
		return this.title;
	}

	public long ownerId() {
		return this.ownerId;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

}
