package org.agilepmo.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * A threshold of the project's portfolio crossed on a project: raised by the checks,
 * given a remediation plan (actions with owners and due days), and closed when its last
 * action is done, or by the PMO with a note. A project has at most one open deviation of
 * each kind.
 */
@Entity
@Table(name = "reporting_deviation")
public class Deviation {

	/** Raised, remediating (has actions), closed. */
	public enum Status {

		RAISED, REMEDIATING, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "portfolio_id", nullable = false)
	private long portfolioId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DeviationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private String detail;

	@Column(name = "raised_at", nullable = false, updatable = false)
	private Instant raisedAt;

	@Column(name = "raised_on", nullable = false, updatable = false)
	private LocalDate raisedOn;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private Long closedBy;

	@Column(name = "closing_note")
	private String closingNote;

	protected Deviation() {
	}

	Deviation(long projectId, long portfolioId, DeviationKind kind, String detail, Instant now, LocalDate today) {
		this.projectId = projectId;
		this.portfolioId = portfolioId;
		this.kind = kind;
		this.detail = detail;
		this.status = Status.RAISED;
		this.raisedAt = now;
		this.raisedOn = today;
	}

	/** The measure moved while the deviation is open: its detail follows it. */
	boolean remeasure(String detail) {
		if (detail.equals(this.detail)) {
			return false;
		}
		this.detail = detail;
		return true;
	}

	void planned() {
		requireOpen();
		this.status = Status.REMEDIATING;
	}

	void close(Long by, String note, Instant now) {
		requireOpen();
		if (note != null && note.strip().length() > 2000) {
			throw new RuleViolationException("note", "reporting.error.tooLong", "is longer than 2000 characters", 2000);
		}
		this.status = Status.CLOSED;
		this.closedAt = now;
		this.closedBy = by;
		this.closingNote = note == null || note.isBlank() ? null : note.strip();
	}

	void requireOpen() {
		if (this.status == Status.CLOSED) {
			throw new RuleViolationException("status", "reporting.error.deviationClosed", "this deviation is closed");
		}
	}

	boolean isOpen() {
		return this.status != Status.CLOSED;
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("projectId", this.projectId);
		s.put("kind", this.kind);
		s.put("status", this.status);
		s.put("detail", this.detail);
		s.put("closingNote", this.closingNote);
		return s;
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

	public long portfolioId() {
		return this.portfolioId;
	}

	public DeviationKind kind() {
		return this.kind;
	}

	public Status status() {
		return this.status;
	}

	public String detail() {
		return this.detail;
	}

	public Instant raisedAt() {
		return this.raisedAt;
	}

	public LocalDate raisedOn() {
		return this.raisedOn;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public Long closedBy() {
		return this.closedBy;
	}

	public String closingNote() {
		return this.closingNote;
	}

}
