package org.agilepmo.risk.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * What a risk does to the schedule and the budget when it happens: its probability in
 * percent, the delay it adds to each activity it is linked to (minimum, most likely and
 * maximum working minutes) and the cost it adds.
 */
@Entity
@Table(name = "risk_schedule_impact")
class ScheduleImpact {

	@Id
	@Column(name = "risk_id")
	private Long riskId;

	@Version
	private long version;

	@Column(name = "probability_percent", nullable = false)
	private int probabilityPercent;

	@Column(name = "delay_min_minutes", nullable = false)
	private int delayMinMinutes;

	@Column(name = "delay_likely_minutes", nullable = false)
	private int delayLikelyMinutes;

	@Column(name = "delay_max_minutes", nullable = false)
	private int delayMaxMinutes;

	@Column(name = "cost_impact", nullable = false)
	private BigDecimal costImpact;

	protected ScheduleImpact() {
	}

	ScheduleImpact(long riskId) {
		this.riskId = riskId;
	}

	/**
	 * Sets the impact, checked.
	 * @throws RuleViolationException naming the field at fault
	 */
	void revise(int probabilityPercent, int delayMin, int delayLikely, int delayMax, BigDecimal cost) {
		if (probabilityPercent < 0 || probabilityPercent > 100) {
			throw new RuleViolationException("probabilityPercent", "risk.error.probabilityPercent",
					"must be between 0 and 100");
		}
		if (delayMin < 0) {
			throw new RuleViolationException("delayMinMinutes", "risk.error.delayNegative", "must not be negative");
		}
		if (delayLikely < delayMin || delayLikely > delayMax) {
			throw new RuleViolationException("delayLikelyMinutes", "risk.error.delayOrder",
					"must lie between the minimum and the maximum delay");
		}
		if (cost == null || cost.signum() < 0) {
			throw new RuleViolationException("costImpact", "risk.error.costImpact", "must be zero or more");
		}
		this.probabilityPercent = probabilityPercent;
		this.delayMinMinutes = delayMin;
		this.delayLikelyMinutes = delayLikely;
		this.delayMaxMinutes = delayMax;
		this.costImpact = cost;
	}

	Long riskId() {
		return this.riskId;
	}

	long version() {
		return this.version;
	}

	int probabilityPercent() {
		return this.probabilityPercent;
	}

	int delayMinMinutes() {
		return this.delayMinMinutes;
	}

	int delayLikelyMinutes() {
		return this.delayLikelyMinutes;
	}

	int delayMaxMinutes() {
		return this.delayMaxMinutes;
	}

	BigDecimal costImpact() {
		return this.costImpact;
	}

	/** What the audit trail keeps. */
	record Snapshot(int probabilityPercent, int delayMinMinutes, int delayLikelyMinutes, int delayMaxMinutes,
			BigDecimal costImpact) {
	}

	Snapshot snapshot() {
		return new Snapshot(this.probabilityPercent, this.delayMinMinutes, this.delayLikelyMinutes,
				this.delayMaxMinutes, this.costImpact);
	}

}
