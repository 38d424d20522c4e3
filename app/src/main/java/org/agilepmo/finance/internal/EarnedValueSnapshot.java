package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.math.MathContext;
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

/**
 * A project's earned value as it stood at a status date: budget at completion, planned
 * value, earned value and actual cost in the budget's currency. The plan keeps only the
 * current percent complete, so these records are the history the S-curve draws. One per
 * project and status date; recording the same date again replaces its figures.
 */
@Entity
@Table(name = "finance_ev_snapshot")
public class EarnedValueSnapshot {

	/** Who took it: the weekly job, or a person recording the status. */
	public enum Origin {

		WEEKLY, RECORDED, IMPORTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "status_date", nullable = false)
	private LocalDate statusDate;

	@Column(nullable = false)
	private String baseline;

	@Column(nullable = false)
	private String currency;

	@Column(nullable = false)
	private BigDecimal bac;

	@Column(nullable = false)
	private BigDecimal pv;

	@Column(nullable = false)
	private BigDecimal ev;

	@Column(nullable = false)
	private BigDecimal ac;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Origin origin;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected EarnedValueSnapshot() {
	}

	EarnedValueSnapshot(long projectId, LocalDate statusDate) {
		this.projectId = projectId;
		this.statusDate = statusDate;
	}

	void take(String baseline, String currency, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac,
			Origin origin, String by, Instant at) {
		this.baseline = baseline;
		this.currency = currency;
		this.bac = bac;
		this.pv = pv;
		this.ev = ev;
		this.ac = ac;
		this.origin = origin;
		this.recordedBy = by;
		this.recordedAt = at;
	}

	public Long id() {
		return this.id;
	}

	public long projectId() {
		return this.projectId;
	}

	public LocalDate statusDate() {
		return this.statusDate;
	}

	public String baseline() {
		return this.baseline;
	}

	public String currency() {
		return this.currency;
	}

	public BigDecimal bac() {
		return this.bac;
	}

	public BigDecimal pv() {
		return this.pv;
	}

	public BigDecimal ev() {
		return this.ev;
	}

	public BigDecimal ac() {
		return this.ac;
	}

	public Origin origin() {
		return this.origin;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	/** EV / AC, or {@code null} without actual cost. */
	public BigDecimal cpi() {
		return this.ac.signum() == 0 ? null : this.ev.divide(this.ac, MathContext.DECIMAL64);
	}

	/** EV / PV, or {@code null} without planned value. */
	public BigDecimal spi() {
		return this.pv.signum() == 0 ? null : this.ev.divide(this.pv, MathContext.DECIMAL64);
	}

	String describe() {
		return this.statusDate + ": PV " + this.pv.toPlainString() + ", EV " + this.ev.toPlainString() + ", AC "
				+ this.ac.toPlainString() + " " + this.currency;
	}

}
