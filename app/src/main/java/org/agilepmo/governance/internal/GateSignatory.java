package org.agilepmo.governance.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person named to sign off a project's gate items in one role: only the people named
 * for a role (and, for the project manager's items, whoever manages the project) may sign
 * those items off.
 */
@Entity
@Table(name = "gate_signatory")
public class GateSignatory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(name = "sign_off_role", nullable = false, updatable = false)
	private SignOffRole role;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "named_by", nullable = false, updatable = false)
	private long namedBy;

	@Column(name = "named_at", nullable = false, updatable = false)
	private Instant namedAt;

	protected GateSignatory() {
	}

	GateSignatory(long projectId, SignOffRole role, long personId, long namedBy) {
		this.projectId = projectId;
		this.role = role;
		this.personId = personId;
		this.namedBy = namedBy;
		this.namedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	public long id() {
		return this.id;
	}

	public long projectId() {
		return this.projectId;
	}

	public SignOffRole role() {
		return this.role;
	}

	public long personId() {
		return this.personId;
	}

	public long namedBy() {
		return this.namedBy;
	}

	public Instant namedAt() {
		return this.namedAt;
	}

	@Override
	public String toString() {
		return this.role + " of project " + this.projectId + ": person " + this.personId;
	}

}
