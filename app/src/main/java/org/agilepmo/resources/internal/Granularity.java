package org.agilepmo.resources.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The columns of the capacity figures: ISO weeks (Monday to Sunday) or calendar months.
 */
public enum Granularity {

	WEEK, MONTH;

	LocalDate startOf(LocalDate day) {
		return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
	}

	LocalDate endOf(LocalDate day) {
		return this == WEEK ? day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
				: day.with(TemporalAdjusters.lastDayOfMonth());
	}

	LocalDate next(LocalDate start) {
		return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
	}

	/**
	 * The column's name: {@code 2027-W03} or {@code 2027-01}, the same in every language.
	 */
	String label(LocalDate start) {
		if (this == WEEK) {
			return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
					start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		}
		return String.format("%d-%02d", start.getYear(), start.getMonthValue());
	}

}
