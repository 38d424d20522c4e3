package org.agilepmo.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.agilepmo.planning.internal.CorrelationDraft;
import org.agilepmo.shared.RuleViolationException;

/** The risk analysis page's inputs read from text, refused in the person's words. */
final class RiskAnalysisInput {

	private RiskAnalysisInput() {
	}

	static CorrelationDraft draft(String name, String coefficient, List<Long> activityIds) {
		BigDecimal value = null;
		if (coefficient != null && !coefficient.isBlank()) {
			try {
				value = new BigDecimal(coefficient.strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException("coefficient", "planning.error.coefficientNumber",
						"is not a number from -1 to 1");
			}
		}
		return new CorrelationDraft(name, value, activityIds);
	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static Integer minutes(WorkingDays units, String field, String text) {
		return blank(text) ? null : units.parse(field, text);
	}

	static Integer whole(String field, String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "planning.error.iterations",
					"must be a whole number from 100 to 100,000");
		}
	}

	static long longValue(String field, String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "planning.error.seed", "must be a whole number");
		}
	}

}
