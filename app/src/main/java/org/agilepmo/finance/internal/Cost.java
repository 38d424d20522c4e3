package org.agilepmo.finance.internal;

import java.math.BigDecimal;
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
import org.agilepmo.finance.CostLedger;

/**
 * A commitment (a contract or order) or an actual cost (an invoice, a payment) on a
 * budget line and optionally an activity, in the currency it was incurred in. Entries are
 * never changed: a correction is a further entry (a negative amount for a credit note).
 */
@Entity
@Table(name = "finance_cost")
public class Cost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CostLedger.Kind kind;

	@Column(name = "line_code", nullable = false)
	private String lineCode;

	@Column(name = "activity_id")
	private Long activityId;

	@Column(name = "cost_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private String currency;

	private String reference;

	private String description;

	@Column(nullable = false)
	private String origin;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Cost() {
	}

	Cost(long projectId, CostLedger.Kind kind, String lineCode, Long activityId, LocalDate date, BigDecimal amount,
			String currency, String reference, String description, String origin, String recordedBy,
			Instant recordedAt) {
		this.projectId = projectId;
		this.kind = kind;
		this.lineCode = lineCode;
		this.activityId = activityId;
		this.date = date;
		this.amount = amount;
		this.currency = currency;
		this.reference = reference;
		this.description = description;
		this.origin = origin;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long id() {
		return this.id;
	}

	public long projectId() {
		return this.projectId;
	}

	public CostLedger.Kind kind() {
		return this.kind;
	}

	public boolean isActual() {
		return this.kind == CostLedger.Kind.ACTUAL;
	}

	public String lineCode() {
		return this.lineCode;
	}

	public Long activityId() {
		return this.activityId;
	}

	public LocalDate date() {
		return this.date;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public String reference() {
		return this.reference;
	}

	public String description() {
		return this.description;
	}

	public String origin() {
		return this.origin;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	Object snapshot() {
		return java.util.Map.of("kind", this.kind, "line", this.lineCode, "date", this.date.toString(), "amount",
				this.amount.toPlainString(), "currency", this.currency, "origin", this.origin);
	}

}
