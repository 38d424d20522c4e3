package org.agilepmo.planning.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;

/**
 * A working calendar of a plan: the hours of each weekday and dated exceptions (a holiday
 * has no hours; an extra working day has its own). The week is kept as text, one day per
 * entry: {@code MONDAY=08:00-12:00,13:00-17:00;...;SUNDAY=}.
 */
@Entity
@Table(name = "plan_calendar")
class PlanCalendar {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(nullable = false)
	private String name;

	@Column(name = "working_week", nullable = false)
	private String workingWeek;

	@Column(name = "external_id")
	private String externalId;

	@ElementCollection
	@CollectionTable(name = "plan_calendar_exception", joinColumns = @JoinColumn(name = "calendar_id"))
	private List<CalendarException> exceptions = new ArrayList<>();

	protected PlanCalendar() {
	}

	PlanCalendar(long planId, CalendarDraft draft) {
		this.planId = planId;
		apply(draft);
	}

	void apply(CalendarDraft draft) {
		this.name = draft.name();
		this.externalId = draft.externalId();
		this.workingWeek = weekText(draft);
		this.exceptions.clear();
		draft.exceptions().forEach((date, hours) -> this.exceptions.add(new CalendarException(date, hours(hours))));
	}

	CalendarDraft draft() {
		Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
		for (String day : this.workingWeek.split(";")) {
			int eq = day.indexOf('=');
			week.put(DayOfWeek.valueOf(day.substring(0, eq)), parse(day.substring(eq + 1)));
		}
		Map<LocalDate, List<WorkingTime>> dated = new TreeMap<>();
		for (CalendarException exception : this.exceptions) {
			dated.put(exception.onDate, parse(exception.hours));
		}
		return new CalendarDraft(this.name, week, dated, this.externalId);
	}

	/** The engine's calendar; {@code key} tells versions of it apart in caches. */
	WorkCalendar toWorkCalendar(String key) {
		return draft().toWorkCalendar(this.name + " @" + key);
	}

	static String weekText(CalendarDraft draft) {
		StringBuilder week = new StringBuilder();
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!week.isEmpty()) {
				week.append(';');
			}
			week.append(day).append('=').append(hours(draft.week().getOrDefault(day, List.of())));
		}
		return week.toString();
	}

	static String hours(List<WorkingTime> hours) {
		StringBuilder text = new StringBuilder();
		for (WorkingTime time : hours) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(time);
		}
		return text.toString();
	}

	static List<WorkingTime> parse(String text) {
		List<WorkingTime> hours = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			for (String range : text.split(",")) {
				hours.add(WorkingTime.parse(range.strip()));
			}
		}
		return hours;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long planId() {
		return this.planId;
	}

	String name() {
		return this.name;
	}

	String externalId() {
		return this.externalId;
	}

	/** One dated exception to the working week. */
	@Embeddable
	static class CalendarException {

		@Column(name = "on_date", nullable = false)
		private LocalDate onDate;

		@Column(nullable = false)
		private String hours;

		protected CalendarException() {
		}

		CalendarException(LocalDate onDate, String hours) {
			this.onDate = onDate;
			this.hours = hours;
		}

	}

}
