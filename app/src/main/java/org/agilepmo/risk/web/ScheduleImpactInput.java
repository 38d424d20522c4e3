package org.agilepmo.risk.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.agilepmo.shared.RuleViolationException;

/** The schedule impact form's numbers read from text, refused in the person's words. */
final class ScheduleImpactInput {

	private ScheduleImpactInput() {
	}

	static int whole(String field, String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "risk.error.probabilityPercent", "must be between 0 and 100");
		}
	}

	static int minutes(String field, String text) {
		BigDecimal days = decimal(field, text.isBlank() ? "0" : text);
		try {
			return days.multiply(BigDecimal.valueOf(ScheduleImpactPages.MINUTES_PER_DAY))
				.setScale(0, RoundingMode.HALF_UP)
				.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new RuleViolationException(field, "risk.error.delayDays", "is not a number of working days");
		}
	}

	static BigDecimal decimal(String field, String text) {
		String value = text.strip().replace(" ", "").replace(',', '.');
		try {
			return new BigDecimal(value.isEmpty() ? "0" : value);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field,
					"costImpact".equals(field) ? "risk.error.costImpact" : "risk.error.delayDays", "is not a number");
		}
	}

}
