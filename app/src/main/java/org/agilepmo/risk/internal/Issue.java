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
 * Something that has happened and must be dealt with: its priority, owner, how far up it
 * is escalated, when it is due and how it was resolved. An issue raised from an occurred
 * risk names that risk, whose history it keeps.
 */
@Entity
@Table(name = "risk_issue")
public class Issue {

	/** How serious an issue is. */
	public enum Priority {

		LOW, MEDIUM, HIGH, CRITICAL

	}

	/** How far up an issue has been taken, in order. */
	public enum Escalation {

		PROJECT, PROGRAMME, PORTFOLIO, SPONSOR

	}

	/** Open until resolved. */
	public enum Status {

		OPEN, RESOLVED

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

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	@Column(name = "owner_id")
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Escalation escalation;

	private LocalDate due;

	private String resolution;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Issue() {
	}

	Issue(long projectId, Long riskId, String title, String description, Priority priority, Long ownerId, LocalDate due,
			Instant now) {
		this.projectId = projectId;
		this.riskId = riskId;
		this.escalation = Escalation.PROJECT;
		this.status = Status.OPEN;
		this.createdAt = now;
		change(title, description, priority, ownerId, due);
	}

	void change(String title, String description, Priority priority, Long ownerId, LocalDate due) {
		this.title = Texts.required("title", title, 200);
		this.description = Texts.optional("description", description, 2000);
		this.priority = priority == null ? Priority.MEDIUM : priority;
		this.ownerId = ownerId;
		this.due = due;
	}

	/** Takes the issue one level up (or to the level named, never down). */
	void escalateTo(Escalation level) {
		if (this.status == Status.RESOLVED) {
			throw new RuleViolationException("escalation", "risk.error.issueResolved", "the issue is resolved");
		}
		if (level == null || level.compareTo(this.escalation) <= 0) {
			throw new RuleViolationException("escalation", "risk.error.escalateUp",
					"an issue is escalated to a higher level than its current one");
		}
		this.escalation = level;
	}

	void resolve(String resolution) {
		if (this.status == Status.RESOLVED) {
			throw new RuleViolationException("resolution", "risk.error.issueResolved", "the issue is resolved");
		}
		this.resolution = Texts.required("resolution", resolution, 2000);
		this.status = Status.RESOLVED;
	}

	public String code() {
		return "I-" + this.id;
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

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public Priority priority() {
		return this.priority;
	}

	public Long ownerId() {
		return this.ownerId;
	}

	public Escalation escalation() {
		return this.escalation;
	}

	public LocalDate due() {
		return this.due;
	}

	public String resolution() {
		return this.resolution;
	}

	public Status status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	String state() {
		return code() + " " + this.status + " \"" + this.title + "\" " + this.priority + " owner " + this.ownerId
				+ " escalated to " + this.escalation + " due " + this.due + " risk " + this.riskId
				+ (this.resolution == null ? "" : " resolved: " + this.resolution);
	}

}
