package org.agilepmo.planning.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;

/**
 * A calendar as given: the working hours of each weekday (none for a day off) and the
 * dated exceptions (no hours for a holiday).
 */
public record CalendarDraft(String name, Map<DayOfWeek, List<WorkingTime>> week,
		Map<LocalDate, List<WorkingTime>> exceptions, String externalId) {

	public CalendarDraft {
		name = (name != null) ? name.strip() : null;
		Map<DayOfWeek, List<WorkingTime>> days = new EnumMap<>(DayOfWeek.class);
		if (week != null) {
			week.forEach((day, hours) -> days.put(day, List.copyOf(hours)));
		}
		week = days;
		exceptions = (exceptions != null) ? new TreeMap<>(exceptions) : new TreeMap<>();
	}

	/** Monday to Friday, 08:00-12:00 and 13:00-17:00. */
	public static CalendarDraft standard(String name) {
		Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
		List<WorkingTime> day = List.of(WorkingTime.parse("08:00-12:00"), WorkingTime.parse("13:00-17:00"));
		for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(d, day);
		}
		return new CalendarDraft(name, week, Map.of(), null);
	}

	/** The working minutes of the longest working weekday: what "one day" means. */
	public int minutesPerDay() {
		int most = 0;
		for (List<WorkingTime> hours : this.week.values()) {
			int minutes = 0;
			for (WorkingTime time : hours) {
				int to = time.to().equals(java.time.LocalTime.MIDNIGHT) ? 1440 : time.to().toSecondOfDay() / 60;
				minutes += to - time.from().toSecondOfDay() / 60;
			}
			most = Math.max(most, minutes);
		}
		return (most == 0) ? 480 : most;
	}

	/** The engine's calendar of these working hours, named {@code label}. */
	public WorkCalendar toWorkCalendar(String label) {
		WorkCalendar.Builder builder = WorkCalendar.builder(label);
		this.week.forEach((day, hours) -> {
			if (hours.isEmpty()) {
				builder.nonWorking(day);
			}
			else {
				builder.workWeek(List.of(day), hours.toArray(WorkingTime[]::new));
			}
		});
		this.exceptions.forEach((date, hours) -> {
			if (hours.isEmpty()) {
				builder.holiday(date);
			}
			else {
				builder.workingDay(date, hours.toArray(WorkingTime[]::new));
			}
		});
		return builder.build();
	}

}
