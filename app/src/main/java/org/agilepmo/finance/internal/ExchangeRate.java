package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many units of one currency one unit of another is worth, from a date until the next
 * rate of the pair. Rates are recorded, never changed: a new rate from a later date
 * replaces an old one for later conversions only.
 */
@Entity
@Table(name = "finance_exchange_rate")
public class ExchangeRate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "from_currency", nullable = false)
	private String from;

	@Column(name = "to_currency", nullable = false)
	private String to;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(nullable = false)
	private BigDecimal rate;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected ExchangeRate() {
	}

	ExchangeRate(String from, String to, LocalDate validFrom, BigDecimal rate, String recordedBy) {
		this.from = from;
		this.to = to;
		this.validFrom = validFrom;
		this.rate = rate;
		this.recordedBy = recordedBy;
	}

	public Long id() {
		return this.id;
	}

	public String from() {
		return this.from;
	}

	public String to() {
		return this.to;
	}

	public LocalDate validFrom() {
		return this.validFrom;
	}

	public BigDecimal rate() {
		return this.rate;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

}
