package org.agilepmo.intake.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A decision on a concept note: who moved it from which status to which, why, on what
 * conditions.
 */
@Entity
@Table(name = "concept_note_decision")
public class NoteDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, updatable = false)
	private NoteStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false)
	private NoteStatus to;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(updatable = false)
	private String conditions;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private long decidedBy;

	@Column(name = "decided_by_name", nullable = false, updatable = false)
	private String decidedByName;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected NoteDecision() {
	}

	NoteDecision(NoteStatus from, NoteStatus to, String reason, String conditions, long decidedBy, String decidedByName,
			Instant decidedAt) {
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.conditions = conditions;
		this.decidedBy = decidedBy;
		this.decidedByName = decidedByName;
		this.decidedAt = decidedAt;
	}

	public NoteStatus from() {
		return this.from;
	}

	public NoteStatus to() {
		return this.to;
	}

	public String reason() {
		return this.reason;
	}

	public String conditions() {
		return this.conditions;
	}

	public long decidedBy() {
		return this.decidedBy;
	}

	public String decidedByName() {
		return this.decidedByName;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

}
