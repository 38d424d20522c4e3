package org.agilepmo.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agilepmo.engine.calendar.WorkingTime;
import org.agilepmo.planning.internal.CalendarDraft;
import org.agilepmo.planning.internal.CalendarView;
import org.agilepmo.shared.RuleViolationException;

/**
 * A calendar as the page edits it: one set of hours for every working day.
 */
record CalendarForm(String name, List<DayOfWeek> days, String hours, String holidays, Long version) {

	CalendarForm named(String newName) {
		return new CalendarForm(newName, this.days, this.hours, this.holidays, this.version);
	}

	static CalendarForm of(CalendarView view) {
		if (view == null) {
			return new CalendarForm("Standard", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
					DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "08:00-12:00, 13:00-17:00", "", null);
		}
		CalendarDraft c = view.calendar();
		List<DayOfWeek> days = new ArrayList<>();
		String hours = "";
		for (DayOfWeek day : DayOfWeek.values()) {
			List<WorkingTime> h = c.week().getOrDefault(day, List.of());
			if (!h.isEmpty()) {
				days.add(day);
				if (hours.isEmpty()) {
					hours = String.join(", ", h.stream().map(Object::toString).toList());
				}
			}
		}
		StringBuilder holidays = new StringBuilder();
		c.exceptions().forEach((date, h) -> {
			if (h.isEmpty()) {
				holidays.append(date).append('\n');
			}
		});
		return new CalendarForm(c.name(), days, hours, holidays.toString(), view.version());
	}

	static CalendarDraft draft(String name, List<DayOfWeek> days, String hours, String holidays) {
		List<WorkingTime> times = new ArrayList<>();
		try {
			for (String range : (hours != null) ? hours.split(",") : new String[0]) {
				if (!range.isBlank()) {
					times.add(WorkingTime.parse(range.strip()));
				}
			}
			org.agilepmo.engine.calendar.WorkCalendar.builder("check")
				.workWeek(List.of(DayOfWeek.MONDAY), times.toArray(WorkingTime[]::new));
		}
		catch (RuntimeException ex) {
			throw new RuleViolationException("hours", "planning.error.hours", "bad hours");
		}
		Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, (days != null && days.contains(day)) ? times : List.of());
		}
		Map<LocalDate, List<WorkingTime>> exceptions = new TreeMap<>();
		if (holidays != null) {
			for (String line : holidays.split("[\\r\\n,;]+")) {
				if (line.isBlank()) {
					continue;
				}
				try {
					exceptions.put(LocalDate.parse(line.strip()), List.of());
				}
				catch (DateTimeParseException ex) {
					throw new RuleViolationException("holidays", "planning.error.dateFormat", "not a date");
				}
			}
		}
		return new CalendarDraft((name != null && !name.isBlank()) ? name : "Standard", week, exceptions, null);
	}

}
