package org.agilepmo.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * One step of a deviation's remediation plan: what, who, by when, and when it was done.
 */
@Entity
@Table(name = "reporting_remediation_action")
public class RemediationAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "deviation_id", nullable = false, updatable = false)
	private long deviationId;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(nullable = false)
	private String title;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private Long doneBy;

	protected RemediationAction() {
	}

	RemediationAction(long deviationId, long projectId, String title, long ownerId, LocalDate dueOn) {
		if (title == null || title.isBlank()) {
			throw new RuleViolationException("title", "reporting.error.required", "is required");
		}
		if (title.strip().length() > 500) {
			throw new RuleViolationException("title", "reporting.error.tooLong", "is longer than 500 characters", 500);
		}
		if (dueOn == null) {
			throw new RuleViolationException("dueOn", "reporting.error.required", "is required");
		}
		this.deviationId = deviationId;
		this.projectId = projectId;
		this.title = title.strip();
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	void done(long by, Instant now) {
		if (this.doneAt != null) {
			throw new RuleViolationException("status", "reporting.error.alreadyDone", "this action is already done");
		}
		this.doneAt = now;
		this.doneBy = by;
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("deviationId", this.deviationId);
		s.put("title", this.title);
		s.put("ownerId", this.ownerId);
		s.put("dueOn", this.dueOn);
		s.put("done", this.doneAt != null);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long deviationId() {
		return this.deviationId;
	}

	public long projectId() {
		return this.projectId;
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

	public Instant doneAt() {
		return this.doneAt;
	}

	public boolean isDone() {
		return this.doneAt != null;
	}

}
