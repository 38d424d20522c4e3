package org.agilepmo.risk.internal;

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
 * Something a person must do about a risk or an issue, by a date: mitigate, prepare a
 * contingency, correct, or follow up.
 */
@Entity
@Table(name = "risk_action")
public class RiskAction {

	/** What the action is for. */
	public enum Kind {

		MITIGATION, CONTINGENCY, CORRECTIVE, FOLLOW_UP

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "risk_id", updatable = false)
	private Long riskId;

	@Column(name = "issue_id", updatable = false)
	private Long issueId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

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

	protected RiskAction() {
	}

	RiskAction(long projectId, Long riskId, Long issueId, Kind kind, String title, long ownerId, LocalDate due,
			Instant now) {
		if (due == null) {
			throw new RuleViolationException("due", "risk.error.required", "is required");
		}
		this.projectId = projectId;
		this.riskId = riskId;
		this.issueId = issueId;
		this.kind = kind == null ? Kind.MITIGATION : kind;
		this.title = Texts.required("title", title, 200);
		this.ownerId = ownerId;
		this.due = due;
		this.createdAt = now;
	}

	/** Changes what is to be done, by whom and by when; a done action stays as it was. */
	void change(Kind kind, String title, long ownerId, LocalDate due) {
		if (this.doneAt != null) {
			throw new RuleViolationException("status", "risk.error.actionDone", "the action is already done");
		}
		if (due == null) {
			throw new RuleViolationException("due", "risk.error.required", "is required");
		}
		this.kind = kind == null ? this.kind : kind;
		this.title = Texts.required("title", title, 200);
		this.ownerId = ownerId;
		this.due = due;
	}

	void complete(Instant when) {
		if (this.doneAt != null) {
			throw new RuleViolationException("status", "risk.error.actionDone", "the action is already done");
		}
		this.doneAt = when;
	}

	public String code() {
		return "A-" + this.id;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long projectId() {
		return this.projectId;
	}

	public Long riskId() {
		return this.riskId;
	}

	public Long issueId() {
		return this.issueId;
	}

	public Kind kind() {
		return this.kind;
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

	String state() {
		return code() + " " + this.kind + " \"" + this.title + "\" owner " + this.ownerId + " due " + this.due
				+ (this.doneAt == null ? "" : " done " + this.doneAt) + " risk " + this.riskId + " issue "
				+ this.issueId;
	}

}
