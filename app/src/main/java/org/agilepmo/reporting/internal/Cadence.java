package org.agilepmo.reporting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a portfolio's projects report. A period ends on a Friday (weekly), every
 * second Friday counted from 2 January 2026 (fortnightly), or on the month's last day
 * (monthly); its report is due three days after the period ends.
 */
public enum Cadence {

	WEEKLY, FORTNIGHTLY, MONTHLY;

	static final int DAYS_TO_SUBMIT = 3;

	private static final LocalDate FORTNIGHT_ORIGIN = LocalDate.of(2026, 1, 2);

	/** The last day of the period that holds {@code day}. */
	public LocalDate periodEnd(LocalDate day) {
		return switch (this) {
			case WEEKLY -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
			case FORTNIGHTLY -> {
				LocalDate friday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
				long weeks = Math.floorDiv(java.time.temporal.ChronoUnit.DAYS.between(FORTNIGHT_ORIGIN, friday), 7);
				yield Math.floorMod(weeks, 2) == 0 ? friday : friday.plusWeeks(1);
			}
			case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
		};
	}

	/** The first day of the period that ends on {@code end}. */
	public LocalDate periodStart(LocalDate end) {
		return switch (this) {
			case WEEKLY -> end.minusDays(6);
			case FORTNIGHTLY -> end.minusDays(13);
			case MONTHLY -> end.withDayOfMonth(1);
		};
	}

	/** The end of the period before the one that ends on {@code end}. */
	public LocalDate previousEnd(LocalDate end) {
		return periodEnd(periodStart(end).minusDays(1));
	}

	public LocalDate dueOn(LocalDate end) {
		return end.plusDays(DAYS_TO_SUBMIT);
	}

}
