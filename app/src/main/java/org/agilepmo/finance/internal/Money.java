package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * How amounts are rounded: to the currency's minor unit (ISO 4217: 2 for EUR and USD, 0
 * for JPY), half to even, and only where a figure is shown or stored, never in between.
 * Conversions round each converted amount once; totals are sums of rounded amounts, so
 * that a roll-up equals the sum of its parts to the cent.
 */
final class Money {

	static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

	static final BigDecimal LIMIT = new BigDecimal("1e15");

	private Money() {
	}

	static int scale(String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		return Math.max(digits, 0);
	}

	static BigDecimal round(BigDecimal amount, String currency) {
		return amount.setScale(scale(currency), ROUNDING);
	}

	static BigDecimal zero(String currency) {
		return BigDecimal.ZERO.setScale(scale(currency));
	}

}
