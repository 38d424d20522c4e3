package org.agilepmo.engine.calendar;

import java.time.LocalTime;

/**
 * One range of working hours in a day, {@code from} inclusive, {@code to} exclusive. A
 * {@code to} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00).
 */
public record WorkingTime(LocalTime from, LocalTime to) {

	public WorkingTime {
		if (from == null || to == null) {
			throw new IllegalArgumentException("working time needs a start and an end");
		}
		if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
			throw new IllegalArgumentException("working time " + from + "-" + to + " ends before it starts");
		}
	}

	/** Parses {@code "08:00-12:00"}. */
	public static WorkingTime parse(String range) {
		int dash = range.indexOf('-');
		if (dash < 0) {
			throw new IllegalArgumentException("expected HH:mm-HH:mm but was " + range);
		}
		String to = range.substring(dash + 1).trim();
		return new WorkingTime(LocalTime.parse(range.substring(0, dash).trim()),
				to.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to));
	}

	int fromMinute() {
		return this.from.getHour() * 60 + this.from.getMinute();
	}

	int toMinute() {
		return this.to.equals(LocalTime.MIDNIGHT) ? 1440 : this.to.getHour() * 60 + this.to.getMinute();
	}

	@Override
	public String toString() {
		return this.from + "-" + (this.to.equals(LocalTime.MIDNIGHT) ? "24:00" : this.to.toString());
	}

}
