package org.agilepmo.finance.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An activity's budgeted cost, in the project budget's currency: what earned value
 * spreads over the activity's baseline working time (planned value) and earns with its
 * progress.
 */
@Entity
@Table(name = "finance_activity_cost")
public class ActivityCost {

	@Id
	@Column(name = "activity_id")
	private Long activityId;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private String currency;

	protected ActivityCost() {
	}

	ActivityCost(long activityId, long projectId, BigDecimal amount, String currency) {
		this.activityId = activityId;
		this.projectId = projectId;
		this.amount = amount;
		this.currency = currency;
	}

	void change(BigDecimal amount) {
		this.amount = amount;
	}

	public Long activityId() {
		return this.activityId;
	}

	public long version() {
		return this.version;
	}

	public long projectId() {
		return this.projectId;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

}
