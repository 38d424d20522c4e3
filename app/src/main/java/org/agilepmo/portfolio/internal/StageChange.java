package org.agilepmo.portfolio.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.agilepmo.portfolio.Stage;

/** A row of a project's stage history: who moved it from where to where, and why. */
@Entity
@Table(name = "project_stage_change")
class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage", nullable = false, updatable = false)
	private Stage from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage", nullable = false, updatable = false)
	private Stage to;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "changed_by", updatable = false)
	private Long changedBy;

	@Column(name = "changed_by_name", nullable = false, updatable = false)
	private String changedByName;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	protected StageChange() {
	}

	StageChange(Stage from, Stage to, String reason, Long changedBy, String changedByName, Instant changedAt) {
		this.from = from;
		this.to = to;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedByName = changedByName;
		this.changedAt = changedAt;
	}

	Stage from() {
		return this.from;
	}

	Stage to() {
		return this.to;
	}

	String reason() {
		return this.reason;
	}

	Long changedBy() {
		return this.changedBy;
	}

	String changedByName() {
		return this.changedByName;
	}

	Instant changedAt() {
		return this.changedAt;
	}

}
