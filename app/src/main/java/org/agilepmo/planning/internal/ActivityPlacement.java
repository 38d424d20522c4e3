package org.agilepmo.planning.internal;

import java.util.Map;
import java.util.Objects;

import org.agilepmo.engine.schedule.ActivityKind;

/**
 * The named policy an activity keeps in its plan: what it states must be well-formed (a
 * name, a duration, dates in order), and its place must fit the plan (a parent that is a
 * summary and not itself, a calendar of the plan, a summary without dependencies, an
 * activity with children staying a summary). Each refusal names the field at fault.
 *
 * @param activities the plan's activities, by id
 * @param calendars the plan's calendars, by id
 * @param hasChildren whether the activity has activities below it
 * @param hasLinks whether dependencies touch the activity
 */
record ActivityPlacement(Map<Long, Activity> activities, Map<Long, ?> calendars, boolean hasChildren,
		boolean hasLinks) {

	/** For a new activity: nothing is below it and nothing links to it yet. */
	static ActivityPlacement forNew(Map<Long, Activity> activities, Map<Long, ?> calendars) {
		return new ActivityPlacement(activities, calendars, false, false);
	}

	/** For an activity already in the plan. */
	static ActivityPlacement of(long activityId, Map<Long, Activity> activities, Map<Long, ?> calendars,
			boolean hasLinks) {
		boolean hasChildren = activities.values().stream().anyMatch(a -> Objects.equals(a.parentId(), activityId));
		return new ActivityPlacement(activities, calendars, hasChildren, hasLinks);
	}

	void check(ActivityDraft draft, Long selfId) {
		if (draft.name() == null || draft.name().isBlank()) {
			throw PlanRules.violation("name", "planning.error.required", "name is required");
		}
		if (draft.name().length() > PlanRules.NAME_MAX) {
			throw PlanRules.violation("name", "planning.error.tooLong", "name is longer than " + PlanRules.NAME_MAX,
					PlanRules.NAME_MAX);
		}
		if (draft.durationMinutes() < 0 || draft.durationMinutes() > PlanRules.DURATION_MAX) {
			throw PlanRules.violation("durationMinutes", "planning.error.duration",
					"duration must be between 0 and " + PlanRules.DURATION_MAX + " working minutes");
		}
		if (draft.kind() == ActivityKind.SUMMARY && this.hasLinks) {
			throw PlanRules.violation("kind", "planning.error.summaryLinked",
					"a summary cannot have dependencies; remove them first");
		}
		if (draft.kind() != ActivityKind.SUMMARY && this.hasChildren) {
			throw PlanRules.violation("kind", "planning.error.this.hasChildren",
					"the activity has children, so it must stay a summary");
		}
		if (draft.parentId() != null) {
			Activity parent = this.activities.get(draft.parentId());
			if (parent == null) {
				throw PlanRules.violation("parentId", "planning.error.unknownActivity",
						"no activity " + draft.parentId(), draft.parentId());
			}
			if (parent.kind() != ActivityKind.SUMMARY) {
				throw PlanRules.violation("parentId", "planning.error.parentNotSummary",
						"the parent must be a summary");
			}
			for (Long p = draft.parentId(); p != null; p = this.activities.containsKey(p)
					? this.activities.get(p).parentId() : null) {
				if (p.equals(selfId)) {
					throw PlanRules.violation("parentId", "planning.error.insideItself",
							"an activity cannot be inside itself");
				}
			}
		}
		if (draft.calendarId() != null && !this.calendars.containsKey(draft.calendarId())) {
			throw PlanRules.violation("calendarId", "planning.error.unknownCalendar",
					"no calendar " + draft.calendarId(), draft.calendarId());
		}
		if (draft.constraintType().isDated() && draft.constraintDate() == null) {
			throw PlanRules.violation("constraintDate", "planning.error.constraintDate",
					draft.constraintType() + " needs a constraint date");
		}
		PlanRules.checkDate("constraintDate", draft.constraintDate());
		PlanRules.checkDate("deadline", draft.deadline());
		PlanRules.checkDate("actualStart", draft.actualStart());
		PlanRules.checkDate("actualFinish", draft.actualFinish());
		if (draft.percentComplete() < 0 || draft.percentComplete() > 100) {
			throw PlanRules.violation("percentComplete", "planning.error.percent", "percent complete must be 0 to 100");
		}
		if (draft.actualFinish() != null && draft.actualStart() == null) {
			throw PlanRules.violation("actualStart", "planning.error.finishWithoutStart",
					"an activity with an actual finish needs an actual start");
		}
		if (draft.actualFinish() != null && draft.actualFinish().isBefore(draft.actualStart())) {
			throw PlanRules.violation("actualFinish", "planning.error.finishBeforeStart",
					"the actual finish is before the actual start");
		}
		if (draft.externalId() != null && draft.externalId().length() > 100) {
			throw PlanRules.violation("externalId", "planning.error.tooLong", "externalId is longer than 100", 100);
		}
	}

}
