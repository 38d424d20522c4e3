package org.agilepmo.quality.internal;

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

/** What a person must do about a finding, by a date; closed once done. */
@Entity
@Table(name = "quality_action")
public class CorrectiveAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "audit_id", nullable = false, updatable = false)
	private long auditId;

	@Column(name = "finding_id", nullable = false, updatable = false)
	private long findingId;

	@Column(nullable = false)
	private String title;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(nullable = false)
	private LocalDate due;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected CorrectiveAction() {
	}

	CorrectiveAction(long auditId, long findingId, String title, long ownerId, LocalDate due, Instant now) {
		if (due == null) {
			throw new RuleViolationException("due", "quality.error.required", "is required");
		}
		this.auditId = auditId;
		this.findingId = findingId;
		this.title = Texts.required("title", title, 200);
		this.ownerId = ownerId;
		this.due = due;
		this.createdAt = now;
	}

	void complete(Instant when) {
		if (this.doneAt != null) {
			throw new RuleViolationException("status", "quality.error.actionDone", "the action is already done");
		}
		this.doneAt = when;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long auditId() {
		return this.auditId;
	}

	public long findingId() {
		return this.findingId;
	}

	public String title() {
		return this.title;
	}

	public long ownerId() {
		return this.ownerId;
	}

	public LocalDate due() {
		return this.due;
	}

	public Instant doneAt() {
		return this.doneAt;
	}

	public boolean isDone() {
		return this.doneAt != null;
	}

	public String code() {
		return "CA-" + this.id;
	}

	String state() {
		return code() + " \"" + this.title + "\" owner " + this.ownerId + " due " + this.due
				+ (this.doneAt == null ? "" : " done " + this.doneAt);
	}

}
