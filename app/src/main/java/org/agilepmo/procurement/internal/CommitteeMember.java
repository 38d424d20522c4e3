package org.agilepmo.procurement.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A member of a tender's evaluation committee: whether they chair it, their declaration
 * of conflict of interest (none may see a bid or score before declaring, and a member who
 * declares a conflict takes no part), and when they submitted their scores.
 */
@Embeddable
public class CommitteeMember {

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(nullable = false)
	private boolean chair;

	@Column(name = "declared_at")
	private Instant declaredAt;

	private Boolean conflict;

	@Column(name = "conflict_note")
	private String conflictNote;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	protected CommitteeMember() {
	}

	CommitteeMember(long personId, boolean chair) {
		this.personId = personId;
		this.chair = chair;
	}

	public long personId() {
		return this.personId;
	}

	public boolean chair() {
		return this.chair;
	}

	public Instant declaredAt() {
		return this.declaredAt;
	}

	public boolean hasDeclared() {
		return this.declaredAt != null;
	}

	/** Declared, and without a conflict: may see the bids and score them. */
	public boolean evaluates() {
		return this.declaredAt != null && Boolean.FALSE.equals(this.conflict);
	}

	public boolean declaredConflict() {
		return Boolean.TRUE.equals(this.conflict);
	}

	public String conflictNote() {
		return this.conflictNote;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public boolean hasSubmitted() {
		return this.submittedAt != null;
	}

	void declare(boolean conflict, String note, Instant at) {
		if (this.declaredAt != null) {
			throw Rules.violation("conflict", "alreadyDeclared", "the declaration is already made");
		}
		this.conflict = conflict;
		this.conflictNote = note;
		this.declaredAt = at;
	}

	void submit(Instant at) {
		this.submittedAt = at;
	}

}
