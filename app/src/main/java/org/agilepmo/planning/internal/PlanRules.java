package org.agilepmo.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.RuleViolationException;

/**
 * The rules an activity, a dependency and a calendar keep, checked before anything is
 * written; each refusal names the field at fault.
 */
final class PlanRules {

	static final int NAME_MAX = 300;

	/** About 100 years of 24-hour days: more is a typing error. */
	static final int DURATION_MAX = 100 * 366 * 1440;

	private PlanRules() {
	}

	static void checkActivity(ActivityDraft draft, Long selfId, Map<Long, Activity> planActivities,
			Map<Long, ?> planCalendars, boolean hasChildren, boolean hasLinks) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw violation("name", "planning.error.required", "name is required");
		}
		if (draft.name().length() > NAME_MAX) {
			throw violation("name", "planning.error.tooLong", "name is longer than " + NAME_MAX, NAME_MAX);
		}
		if (draft.durationMinutes() < 0 || draft.durationMinutes() > DURATION_MAX) {
			throw violation("durationMinutes", "planning.error.duration",
					"duration must be between 0 and " + DURATION_MAX + " working minutes");
		}
		if (draft.kind() == ActivityKind.SUMMARY && hasLinks) {
			throw violation("kind", "planning.error.summaryLinked",
					"a summary cannot have dependencies; remove them first");
		}
		if (draft.kind() != ActivityKind.SUMMARY && hasChildren) {
			throw violation("kind", "planning.error.hasChildren",
					"the activity has children, so it must stay a summary");
		}
		if (draft.parentId() != null) {
			Activity parent = planActivities.get(draft.parentId());
			if (parent == null) {
				throw violation("parentId", "planning.error.unknownActivity", "no activity " + draft.parentId(),
						draft.parentId());
			}
			if (parent.kind() != ActivityKind.SUMMARY) {
				throw violation("parentId", "planning.error.parentNotSummary", "the parent must be a summary");
			}
			for (Long p = draft.parentId(); p != null; p = planActivities.containsKey(p)
					? planActivities.get(p).parentId() : null) {
				if (p.equals(selfId)) {
					throw violation("parentId", "planning.error.insideItself", "an activity cannot be inside itself");
				}
			}
		}
		if (draft.calendarId() != null && !planCalendars.containsKey(draft.calendarId())) {
			throw violation("calendarId", "planning.error.unknownCalendar", "no calendar " + draft.calendarId(),
					draft.calendarId());
		}
		if (draft.constraintType().isDated() && draft.constraintDate() == null) {
			throw violation("constraintDate", "planning.error.constraintDate",
					draft.constraintType() + " needs a constraint date");
		}
		checkDate("constraintDate", draft.constraintDate());
		checkDate("deadline", draft.deadline());
		checkDate("actualStart", draft.actualStart());
		checkDate("actualFinish", draft.actualFinish());
		if (draft.percentComplete() < 0 || draft.percentComplete() > 100) {
			throw violation("percentComplete", "planning.error.percent", "percent complete must be 0 to 100");
		}
		if (draft.actualFinish() != null && draft.actualStart() == null) {
			throw violation("actualStart", "planning.error.finishWithoutStart",
					"an activity with an actual finish needs an actual start");
		}
		if (draft.actualFinish() != null && draft.actualFinish().isBefore(draft.actualStart())) {
			throw violation("actualFinish", "planning.error.finishBeforeStart",
					"the actual finish is before the actual start");
		}
		if (draft.externalId() != null && draft.externalId().length() > 100) {
			throw violation("externalId", "planning.error.tooLong", "externalId is longer than 100", 100);
		}
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
