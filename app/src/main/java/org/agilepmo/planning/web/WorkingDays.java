package org.agilepmo.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.shared.RuleViolationException;

/**
 * Working minutes shown and typed as days of the plan's calendar ("2.5"), or as hours
 * ("4h") and minutes ("90m") when typed so.
 */
final class WorkingDays {

	private final int minutesPerDay;

	private final Locale locale;

	WorkingDays(int minutesPerDay, Locale locale) {
		this.minutesPerDay = minutesPerDay;
		this.locale = locale;
	}

	public String days(int minutes) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(2);
		return format.format(minutes / (double) this.minutesPerDay);
	}

	/**
	 * A lag as the page shows and takes it: working days ("2"), a percentage of the
	 * predecessor's duration ("50 %"), or clock time, MS Project's elapsed units ("2 ed",
	 * "36 eh", "50 e%").
	 */
	public String lag(Lag lag) {
		if (lag.percent()) {
			return lag.value() + (lag.elapsed() ? " e%" : " %");
		}
		if (!lag.elapsed()) {
			return days(lag.value());
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(2);
		return (lag.value() % 1440 == 0) ? format.format(lag.value() / 1440) + " ed"
				: format.format(lag.value() / 60.0) + " eh";
	}

	/** A date-time in the reader's language. */
	public String at(LocalDateTime dateTime) {
		return (dateTime != null)
				? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(this.locale).format(dateTime)
				: "";
	}

	/** A date-time as a datetime-local input wants it. */
	public String input(LocalDateTime dateTime) {
		return (dateTime != null) ? dateTime.toString().substring(0, 16) : "";
	}

	int parse(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException(field, "planning.error.required", field + " is required");
		}
		String value = text.strip().toLowerCase(Locale.ROOT).replace(',', '.').replace(" ", "");
		int unit = this.minutesPerDay;
		if (value.endsWith("d")) {
			value = value.substring(0, value.length() - 1);
		}
		else if (value.endsWith("h")) {
			unit = 60;
			value = value.substring(0, value.length() - 1);
		}
		else if (value.endsWith("m")) {
			unit = 1;
			value = value.substring(0, value.length() - 1);
		}
		try {
			BigDecimal minutes = new BigDecimal(value).multiply(BigDecimal.valueOf(unit));
			if (minutes.abs().compareTo(BigDecimal.valueOf(100L * 366 * 1440)) > 0) {
				throw new RuleViolationException(field, "planning.error.duration", "out of range");
			}
			return minutes.setScale(0, RoundingMode.HALF_UP).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new RuleViolationException(field, "planning.error.durationFormat", text + " is not a duration");
		}
	}

}
