package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.agilepmo.shared.RuleViolationException;

/**
 * The procurement module's checks of what people enter, each naming the field it
 * concerns.
 */
final class Rules {

	private static final BigDecimal LIMIT = new BigDecimal("1E15");

	private Rules() {
	}

	static RuleViolationException violation(String field, String key, String message, Object... arguments) {
		return new RuleViolationException(field, "procurement.error." + key, message, arguments);
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

	static String currency(String field, String code) {
		String c = text(field, code, 3).toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(c);
		}
		catch (IllegalArgumentException ex) {
			throw violation(field, "currency", "is not a currency code (ISO 4217, such as EUR)", c);
		}
		return c;
	}

	/** A positive amount with no more decimals than the currency has. */
	static BigDecimal amount(String field, BigDecimal amount, String currency) {
		required(field, amount);
		if (amount.signum() <= 0) {
			throw violation(field, "positive", "must be more than zero");
		}
		int scale = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		if (amount.stripTrailingZeros().scale() > scale) {
			throw violation(field, "decimals", "has more decimals than the currency has (" + scale + ")", scale);
		}
		if (amount.compareTo(LIMIT) >= 0) {
			throw violation(field, "tooLarge", "is too large");
		}
		return amount.setScale(scale);
	}

	static int range(String field, Integer value, int min, int max) {
		required(field, value);
		if (value < min || value > max) {
			throw violation(field, "range", "must be between " + min + " and " + max, min, max);
		}
		return value;
	}

}
