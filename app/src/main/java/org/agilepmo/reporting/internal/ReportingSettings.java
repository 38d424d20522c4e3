package org.agilepmo.reporting.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * A portfolio's reporting cadence and the thresholds that raise deviations on its
 * projects. A portfolio without a row has {@link #defaults}, which are not stored.
 */
@Entity
@Table(name = "reporting_settings")
public class ReportingSettings {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "portfolio_id", nullable = false, updatable = false)
	private long portfolioId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Cadence cadence;

	@Column(name = "finish_slip_days", nullable = false)
	private int finishSlipDays;

	@Column(name = "cpi_below", nullable = false)
	private BigDecimal cpiBelow;

	@Column(name = "spi_below", nullable = false)
	private BigDecimal spiBelow;

	@Column(name = "unanswered_high_risk", nullable = false)
	private boolean unansweredHighRisk;

	@Column(name = "report_overdue", nullable = false)
	private boolean reportOverdue;

	protected ReportingSettings() {
	}

	/** The platform's settings: monthly, 10 days of slip, CPI and SPI below 0.90. */
	static ReportingSettings defaults(long portfolioId) {
		ReportingSettings s = new ReportingSettings();
		s.portfolioId = portfolioId;
		s.apply(new Draft(Cadence.MONTHLY, 10, new BigDecimal("0.90"), new BigDecimal("0.90"), true, true));
		return s;
	}

	void apply(Draft d) {
		if (d.cadence() == null) {
			throw new RuleViolationException("cadence", "reporting.error.required", "is required");
		}
		if (d.finishSlipDays() == null || d.finishSlipDays() < 0 || d.finishSlipDays() > 3650) {
			throw new RuleViolationException("finishSlipDays", "reporting.error.slipDays",
					"must be a number of days from 0 to 3650");
		}
		index("cpiBelow", d.cpiBelow());
		index("spiBelow", d.spiBelow());
		this.cadence = d.cadence();
		this.finishSlipDays = d.finishSlipDays();
		this.cpiBelow = d.cpiBelow();
		this.spiBelow = d.spiBelow();
		this.unansweredHighRisk = d.unansweredHighRisk();
		this.reportOverdue = d.reportOverdue();
	}

	private static void index(String field, BigDecimal value) {
		if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(2)) > 0 || value.scale() > 3) {
			throw new RuleViolationException(field, "reporting.error.index",
					"must be an index from 0 to 2 with at most three decimals");
		}
	}

	/** The editable settings. */
	public record Draft(Cadence cadence, Integer finishSlipDays, BigDecimal cpiBelow, BigDecimal spiBelow,
			boolean unansweredHighRisk, boolean reportOverdue) {
	}

	public Draft draft() {
		return new Draft(this.cadence, this.finishSlipDays, this.cpiBelow, this.spiBelow, this.unansweredHighRisk,
				this.reportOverdue);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("portfolioId", this.portfolioId);
		s.put("cadence", this.cadence);
		s.put("finishSlipDays", this.finishSlipDays);
		s.put("cpiBelow", this.cpiBelow);
		s.put("spiBelow", this.spiBelow);
		s.put("unansweredHighRisk", this.unansweredHighRisk);
		s.put("reportOverdue", this.reportOverdue);
		return s;
	}

	ReportingSettings(long portfolioId, Draft draft) {
		this.portfolioId = portfolioId;
		apply(draft);
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	/**
	 * The version an edit is based on: 0 for the defaults (nothing stored), the stored
	 * version plus one otherwise, so that the first stored settings differ from the
	 * defaults.
	 */
	public long etag() {
		return this.id == null ? 0 : this.version + 1;
	}

	public long portfolioId() {
		return this.portfolioId;
	}

	public Cadence cadence() {
		return this.cadence;
	}

	public int finishSlipDays() {
		return this.finishSlipDays;
	}

	public BigDecimal cpiBelow() {
		return this.cpiBelow;
	}

	public BigDecimal spiBelow() {
		return this.spiBelow;
	}

	public boolean unansweredHighRisk() {
		return this.unansweredHighRisk;
	}

	public boolean reportOverdue() {
		return this.reportOverdue;
	}

}
