package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converting amounts between currencies at the rate valid on a date: the latest rate of
 * the pair recorded on or before that date, else the inverse of the latest rate of the
 * reverse pair. The converted amount is rounded once, half to even, to the target
 * currency's minor unit. A missing rate is a refusal naming the pair and the date, never
 * a guess.
 */
@Service
public class Conversions {

	static final String ENTITY = "finance-rate";

	private final ExchangeRates rates;

	private final FinanceAccess access;

	private final AuditTrail audit;

	Conversions(ExchangeRates rates, FinanceAccess access, AuditTrail audit) {
		this.rates = rates;
		this.access = access;
		this.audit = audit;
	}

	/** The amount in the target currency on that day, rounded to its minor unit. */
	@Transactional(readOnly = true)
	public BigDecimal convert(BigDecimal amount, String from, String to, LocalDate day) {
		if (from.equals(to)) {
			return Money.round(amount, to);
		}
		return Money.round(amount.multiply(rate(from, to, day), MathContext.DECIMAL128), to);
	}

	/** The rate from one currency to another on a day. */
	@Transactional(readOnly = true)
	public BigDecimal rate(String from, String to, LocalDate day) {
		if (from.equals(to)) {
			return BigDecimal.ONE;
		}
		return this.rates.findFirstByFromAndToAndValidFromLessThanEqualOrderByValidFromDesc(from, to, day)
			.map(ExchangeRate::rate)
			.or(() -> this.rates.findFirstByFromAndToAndValidFromLessThanEqualOrderByValidFromDesc(to, from, day)
				.map(r -> BigDecimal.ONE.divide(r.rate(), MathContext.DECIMAL128)))
			.orElseThrow(() -> Rules.violation("currency", "noRate",
					"there is no exchange rate from " + from + " to " + to + " on " + day, from, to, day));
	}

	@Transactional(readOnly = true)
	public List<ExchangeRate> all() {
		return this.rates.findAllByOrderByFromAscToAscValidFromDesc();
	}

	/** Records a rate (the PMO). */
	@Transactional
	public ExchangeRate record(Actor actor, String from, String to, LocalDate validFrom, BigDecimal rate) {
		this.access.requirePmo(actor);
		String f = Rules.currency("from", from);
		String t = Rules.currency("to", to);
		if (f.equals(t)) {
			throw Rules.violation("to", "sameCurrency", "must differ from the currency converted from");
		}
		LocalDate day = Rules.required("validFrom", validFrom);
		BigDecimal r = Rules.required("rate", rate);
		if (r.signum() <= 0 || r.scale() > 8 || r.precision() - r.scale() > 11) {
			throw Rules.violation("rate", "rate", "must be more than zero, with at most 8 decimals");
		}
		if (this.rates.existsByFromAndToAndValidFrom(f, t, day)) {
			throw Rules.violation("validFrom", "rateExists", "a rate of this pair is already recorded from that day");
		}
		ExchangeRate saved = this.rates.saveAndFlush(new ExchangeRate(f, t, day, r, actor.username()));
		this.audit.record(AuditRecord.created(ENTITY, saved.id(), Classification.PUBLIC,
				java.util.Map.of("pair", f + "/" + t, "validFrom", day.toString(), "rate", r.toPlainString())));
		return saved;
	}

}
