package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A portfolio's levels under which its projects' cost performance index (CPI) and
 * schedule performance index (SPI) turn amber and red.
 */
@Entity
@Table(name = "finance_health_threshold")
public class HealthThreshold {

	@Id
	@Column(name = "portfolio_id")
	private Long portfolioId;

	@Version
	private long version;

	@Column(name = "cost_amber", nullable = false)
	private BigDecimal costAmber;

	@Column(name = "cost_red", nullable = false)
	private BigDecimal costRed;

	@Column(name = "schedule_amber", nullable = false)
	private BigDecimal scheduleAmber;

	@Column(name = "schedule_red", nullable = false)
	private BigDecimal scheduleRed;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected HealthThreshold() {
	}

	HealthThreshold(long portfolioId) {
		this.portfolioId = portfolioId;
	}

	void change(ThresholdService.Levels levels, String by, Instant at) {
		this.costAmber = levels.costAmber();
		this.costRed = levels.costRed();
		this.scheduleAmber = levels.scheduleAmber();
		this.scheduleRed = levels.scheduleRed();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	ThresholdService.Levels levels() {
		return new ThresholdService.Levels(this.costAmber, this.costRed, this.scheduleAmber, this.scheduleRed);
	}

	public long portfolioId() {
		return this.portfolioId;
	}

	/**
	 * The version a change is based on: 1 for the levels as first saved, so that 0 stays
	 * the version of a portfolio still on the defaults.
	 */
	public long version() {
		return this.version + 1;
	}

	public String updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
