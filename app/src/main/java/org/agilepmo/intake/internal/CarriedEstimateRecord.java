package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.agilepmo.intake.CarriedEstimate;

/** The estimates an approved note carried over to its project (written once). */
@Entity
@Table(name = "carried_estimate")
class CarriedEstimateRecord {

	@Id
	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "note_id", nullable = false, updatable = false)
	private long noteId;

	@Column(name = "rough_cost", updatable = false)
	private BigDecimal roughCost;

	@Column(name = "one_off_cost", nullable = false, updatable = false)
	private BigDecimal oneOffCost;

	@Column(name = "recurring_cost", nullable = false, updatable = false)
	private BigDecimal recurringCost;

	@Column(nullable = false, updatable = false)
	private String currency;

	@Column(name = "effort_days", nullable = false, updatable = false)
	private BigDecimal effortDays;

	@Column(name = "risk_count", nullable = false, updatable = false)
	private int riskCount;

	@Column(name = "carried_at", nullable = false, updatable = false)
	private Instant carriedAt;

	protected CarriedEstimateRecord() {
	}

	CarriedEstimateRecord(long projectId, ConceptNote note) {
		CostEvaluation costs = note.costEvaluation();
		this.projectId = projectId;
		this.noteId = note.id();
		this.roughCost = note.roughCost();
		this.oneOffCost = costs.oneOff();
		this.recurringCost = costs.recurringPerYear();
		this.currency = note.currency();
		this.effortDays = note.estimatedEffortDays();
		this.riskCount = note.risks().size();
		this.carriedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	CarriedEstimate toEstimate() {
		return new CarriedEstimate(this.projectId, this.noteId, this.roughCost, this.oneOffCost, this.recurringCost,
				this.currency, this.effortDays, this.riskCount);
	}

}
