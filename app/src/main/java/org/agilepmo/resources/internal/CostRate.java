package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.RuleViolationException;

/** An hourly cost rate of a resource, valid from one day to another (or open-ended). */
@Entity
@Table(name = "resources_cost_rate")
public class CostRate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false, updatable = false)
	private long resourceId;

	@Column(nullable = false, updatable = false)
	private BigDecimal amount;

	@Column(nullable = false, updatable = false)
	private String currency;

	@Column(name = "valid_from", nullable = false, updatable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	protected CostRate() {
	}

	CostRate(long resourceId, BigDecimal amount, String currency, LocalDate validFrom, LocalDate validTo) {
		if (amount == null || amount.signum() < 0 || amount.scale() > 4
				|| amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			throw new RuleViolationException("amount", "resources.error.amount",
					"an hourly rate from 0 to 1,000,000 with at most four decimals");
		}
		try {
			this.currency = Currency.getInstance(currency == null ? "" : currency.toUpperCase(java.util.Locale.ROOT))
				.getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("currency", "resources.error.currency",
					"a currency is its three-letter ISO code");
		}
		if (validFrom == null) {
			throw new RuleViolationException("validFrom", "resources.error.required", "a first day is required");
		}
		DateWindow.check("validFrom", validFrom);
		DateWindow.check("validTo", validTo);
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw new RuleViolationException("validTo", "resources.error.period", "the last day is before the first");
		}
		this.resourceId = resourceId;
		this.amount = amount;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	/** Ends the rate the day before another one starts. */
	void endBefore(LocalDate next) {
		this.validTo = next.minusDays(1);
	}

	public boolean validOn(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validTo == null || !day.isAfter(this.validTo));
	}

	public long id() {
		return this.id;
	}

	public long resourceId() {
		return this.resourceId;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public LocalDate validFrom() {
		return this.validFrom;
	}

	public LocalDate validTo() {
		return this.validTo;
	}

}
