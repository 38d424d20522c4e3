package org.agilepmo.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.RuleViolationException;

/**
 * The rules a plan's dates and calendars keep, checked before anything is written; each
 * refusal names the field at fault. An activity's are {@link ActivityPlacement}'s.
 */
final class PlanRules {

	static final int NAME_MAX = 300;

	/** About 100 years of 24-hour days: more is a typing error. */
	static final int DURATION_MAX = 100 * 366 * 1440;

	private PlanRules() {
	}

	static void checkDate(String field, LocalDateTime date) {
		DateWindow.check(field, date);
	}

	static void checkCalendar(CalendarDraft draft) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw violation("name", "planning.error.required", "name is required");
		}
		if (draft.name().length() > 200) {
			throw violation("name", "planning.error.tooLong", "name is longer than 200", 200);
		}
		for (LocalDate date : draft.exceptions().keySet()) {
			if (date.isBefore(WorkCalendar.EPOCH) || !date.isBefore(WorkCalendar.HORIZON_END)) {
				throw violation("exceptions", "planning.error.dateRange", "exceptions must be between 1970 and 2169");
			}
		}
		boolean works = draft.week().values().stream().anyMatch(h -> !h.isEmpty())
				|| draft.exceptions().values().stream().anyMatch(h -> !h.isEmpty());
		if (!works) {
			throw violation("week", "planning.error.noWorkingTime", "a calendar needs some working time");
		}
		if (PlanCalendar.weekText(draft).length() > 1000) {
			throw violation("week", "planning.error.tooLong", "the working week is too long", 1000);
		}
	}

	static RuleViolationException violation(String field, String key, String message, Object... args) {
		return new RuleViolationException(field, key, message, args);
	}

}
