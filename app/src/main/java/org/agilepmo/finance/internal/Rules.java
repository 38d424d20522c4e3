package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.util.Currency;

import org.agilepmo.shared.RuleViolationException;

/**
 * The finance module's checks of what people enter, each naming the field it concerns.
 */
final class Rules {

	private Rules() {
	}

	static RuleViolationException violation(String field, String key, String message, Object... arguments) {
		return new RuleViolationException(field, "finance.error." + key, message, arguments);
	}

	static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw violation(field, "required", "is required");
		}
		return optional(field, value, max);
	}

	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		if (v.length() > max) {
			throw violation(field, "tooLong", "must be at most " + max + " characters", max);
		}
		return v;
	}

	static <T> T required(String field, T value) {
		if (value == null) {
			throw violation(field, "required", "is required");
		}
		return value;
	}

	/** An ISO 4217 currency code in capitals. */
	static String currency(String field, String code) {
		if (code == null || code.isBlank()) {
			throw violation(field, "required", "is required");
		}
		String c = code.strip().toUpperCase(java.util.Locale.ROOT);
		try {
			Currency.getInstance(c);
		}
		catch (IllegalArgumentException ex) {
			throw violation(field, "currency", "is not a currency code (ISO 4217, such as EUR)", c);
		}
		return c;
	}

	/** A positive amount with no more decimals than the currency has. */
	static BigDecimal amount(String field, BigDecimal amount, String currency, boolean mayBeNegative) {
		if (amount == null) {
			throw violation(field, "required", "is required");
		}
		if (!mayBeNegative && amount.signum() <= 0) {
			throw violation(field, "positive", "must be more than zero");
		}
		int scale = Money.scale(currency);
		if (amount.stripTrailingZeros().scale() > scale) {
			throw violation(field, "decimals", "has more decimals than the currency has (" + scale + ")", scale);
		}
		if (amount.abs().compareTo(Money.LIMIT) >= 0) {
			throw violation(field, "tooLarge", "is too large");
		}
		return amount.setScale(scale);
	}

}
