package org.agilepmo.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.shared.RuleViolationException;

/**
 * What the plan page's small forms send, read into values: dates, ids, percentages and
 * lags as typed. A value that cannot be read is refused naming its field.
 */
final class PlanInput {

	private PlanInput() {
	}

	/**
	 * A lag as typed on the page: working days ("2", "-0.5"), a percentage of the
	 * predecessor's duration ("50 %", "-25%"), or MS Project's elapsed clock time ("2
	 * ed", "36 eh", "90 em", "50 e%").
	 */
	static Lag lag(WorkingDays units, String text) {
		if (text == null || text.isBlank()) {
			return Lag.NONE;
		}
		String t = text.strip();
		String compact = t.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
		if (compact.endsWith("e%")) {
			try {
				return Lag.elapsedPercent(Integer.parseInt(compact.substring(0, compact.length() - 2)));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException("lag", "planning.error.lagPercent", "not a whole percentage");
			}
		}
		if (compact.endsWith("ed") || compact.endsWith("eh") || compact.endsWith("em")) {
			int unit = compact.endsWith("ed") ? 1440 : compact.endsWith("eh") ? 60 : 1;
			String number = compact.substring(0, compact.length() - 2).replace(',', '.');
			try {
				java.math.BigDecimal minutes = new java.math.BigDecimal(number)
					.multiply(java.math.BigDecimal.valueOf(unit));
				return Lag.elapsed(units.parse("lag", minutes.toPlainString() + "m"));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException("lag", "planning.error.durationFormat", t + " is not a duration", t);
			}
		}
		if (t.endsWith("%")) {
			try {
				return Lag.percent(Integer.parseInt(t.substring(0, t.length() - 1).strip()));
			}
			catch (NumberFormatException ex) {
				throw new RuleViolationException("lag", "planning.error.lagPercent", "not a whole percentage");
			}
		}
		return Lag.minutes(units.parse("lag", t));
	}

	/**
	 * One of an enumeration's values by its name, or null when the form left it out.
	 */
	static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(text.strip())) {
				return value;
			}
		}
		throw new RuleViolationException(field, "planning.error.choice", "not one of the choices offered");
	}

	static LocalDateTime optionalDateTime(String field, String text) {
		return (text == null || text.isBlank()) ? null : dateTime(field, text);
	}

	static Long optionalId(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "planning.error.unknownCalendar", "no calendar " + text, text);
		}
	}

	static int percent(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(text.strip().replace("%", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException("percentComplete", "planning.error.percent",
					"percent complete must be 0 to 100");
		}
	}

	static LocalDateTime dateTime(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException(field, "planning.error.constraintDate", "needs a date");
		}
		try {
			return (text.length() <= 10) ? LocalDate.parse(text).atTime(8, 0) : LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException(field, "planning.error.dateFormat", "not a date");
		}
	}

	/**
	 * A percentage typed in the form ("50", "12,5", "150 %") as units (0.5, 0.125, 1.5).
	 */
	static java.math.BigDecimal unitsFromPercent(String field, String text) {
		if (text == null || text.isBlank()) {
			return java.math.BigDecimal.ONE;
		}
		String number = text.replace("%", "").replace('\u00a0', ' ').strip().replace(',', '.');
		try {
			return new java.math.BigDecimal(number).movePointLeft(2);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "planning.error.unitsPercent",
					field + " must be a percentage such as 50 or 150");
		}
	}

}
