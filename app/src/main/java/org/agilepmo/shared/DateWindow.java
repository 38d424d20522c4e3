package org.agilepmo.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The dates the platform accepts anywhere a person gives one (project dates, activity
 * dates and constraints): from 1971 to 2168. Earlier or later is a typing error, and it
 * keeps every date inside the scheduling engine's calendar horizon (1970 to 2169, minutes
 * counted in an int), so that a project's dates can always become a plan's.
 */
public final class DateWindow {

	public static final LocalDate EARLIEST = LocalDate.of(1971, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2168, 12, 31);

	private DateWindow() {
	}

	/** Refuses a date outside the window, naming the field; {@code null} passes. */
	public static void check(String field, LocalDate date) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			throw outside(field);
		}
	}

	/** The same for a date and time: from 1971-01-01T00:00 to 2168-12-31T00:00. */
	public static void check(String field, LocalDateTime dateTime) {
		if (dateTime != null
				&& (dateTime.isBefore(EARLIEST.atStartOfDay()) || dateTime.isAfter(LATEST.atStartOfDay()))) {
			throw outside(field);
		}
	}

	private static RuleViolationException outside(String field) {
		return new RuleViolationException(field, "error.dateRange", field + " must be between 1971 and 2168");
	}

}
