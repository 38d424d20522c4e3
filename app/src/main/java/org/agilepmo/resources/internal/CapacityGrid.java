package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Hours available and hours asked, day by day, for a set of resources over a period: the
 * arithmetic behind the heatmap, the API's figures and the matching's availability. Plain
 * arrays, no framework: one row of doubles per resource.
 * <ul>
 * <li>Capacity on a day is the pattern's hours on its working days times the part-time
 * share, and nothing on leave or on a public holiday of the resource's country.</li>
 * <li>A load in percent takes that share of the day's capacity. A load in hours per week
 * falls on the pattern's working days that are not leave or holidays, a fifth each for a
 * five-day pattern: a person on leave does no project work, so a week with a holiday
 * shows less demand, not an over-allocation. Work from another module (a plan's
 * assignment) is spread evenly over the working days of its period.</li>
 * <li>Loads add up: a person in two squads carries both.</li>
 * </ul>
 */
final class CapacityGrid {

	/** How a line's value is read. */
	enum Kind {

		/** A percentage of each day's capacity. */
		PERCENT,
		/** Hours per week over the pattern's working days. */
		HOURS_PER_WEEK,
		/** Hours of work in the whole period, spread evenly over its working days. */
		WORK

	}

	private final LocalDate from;

	private final int days;

	private final int firstDayOfWeek;

	private final double[][] capacity;

	private final boolean[][] patterns;

	private final int[] workingDaysPerWeek;

	CapacityGrid(LocalDate from, LocalDate to, int resources) {
		this.from = from;
		this.days = (int) ChronoUnit.DAYS.between(from, to) + 1;
		this.firstDayOfWeek = from.getDayOfWeek().getValue() - 1;
		this.capacity = new double[resources][];
		this.patterns = new boolean[resources][];
		this.workingDaysPerWeek = new int[resources];
	}

	int days() {
		return this.days;
	}

	LocalDate from() {
		return this.from;
	}

	/** The day's index from the start of the grid, or -1 / {@link #days()} outside. */
	int index(LocalDate day) {
		long i = ChronoUnit.DAYS.between(this.from, day);
		return (int) Math.max(-1, Math.min(this.days, i));
	}

	/**
	 * Sets one resource's calendar.
	 * @param workingDays seven flags from Monday
	 * @param hoursOnAWorkingDay after the part-time share
	 * @param daysOff the days of leave and public holidays (any order; outside the grid
	 * is ignored)
	 */
	void calendar(int resource, boolean[] workingDays, double hoursOnAWorkingDay, Iterable<LocalDate> daysOff) {
		double[] row = new double[this.days];
		int count = 0;
		for (boolean w : workingDays) {
			count += w ? 1 : 0;
		}
		for (int d = 0, dow = this.firstDayOfWeek; d < this.days; d++, dow = (dow == 6) ? 0 : dow + 1) {
			row[d] = workingDays[dow] ? hoursOnAWorkingDay : 0;
		}
		for (LocalDate off : daysOff) {
			int i = index(off);
			if (i >= 0 && i < this.days) {
				row[i] = 0;
			}
		}
		this.capacity[resource] = row;
		this.patterns[resource] = workingDays.clone();
		this.workingDaysPerWeek[resource] = count;
	}

	double[] capacity(int resource) {
		return this.capacity[resource];
	}

	/**
	 * Adds what one load asks of the resource, day by day, into {@code into} (a row as
	 * long as the grid).
	 */
	void add(int resource, LocalDate first, LocalDate last, Kind kind, double value, double[] into) {
		int start = Math.max(0, index(first));
		int end = Math.min(this.days - 1, index(last));
		if (start > end || index(last) < 0 || index(first) >= this.days) {
			return;
		}
		double[] cap = this.capacity[resource];
		switch (kind) {
			case PERCENT -> {
				double share = value / 100.0;
				for (int d = start; d <= end; d++) {
					into[d] += cap[d] * share;
				}
			}
			case HOURS_PER_WEEK -> {
				int perWeek = this.workingDaysPerWeek[resource];
				if (perWeek == 0) {
					return;
				}
				double perDay = value / perWeek;
				for (int d = start; d <= end; d++) {
					if (cap[d] > 0) {
						into[d] += perDay;
					}
				}
			}
			case WORK -> spreadWork(resource, first, last, value, into);
		}
	}

	/** Work over its whole period (which may reach past the grid), per working day. */
	private void spreadWork(int resource, LocalDate first, LocalDate last, double work, double[] into) {
		boolean[] pattern = this.patterns[resource];
		long total = 0;
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			total += pattern[d.getDayOfWeek().getValue() - 1] ? 1 : 0;
		}
		if (total == 0) {
			return;
		}
		double perDay = work / total;
		int start = Math.max(0, index(first));
		int end = Math.min(this.days - 1, index(last));
		for (int d = start, dow = (this.firstDayOfWeek + start) % 7; d <= end; d++, dow = (dow == 6) ? 0 : dow + 1) {
			if (pattern[dow]) {
				into[d] += perDay;
			}
		}
	}

}
