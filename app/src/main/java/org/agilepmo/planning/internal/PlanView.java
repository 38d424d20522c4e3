package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.agilepmo.engine.schedule.ConstraintViolation;
import org.agilepmo.engine.schedule.DeadlineMiss;
import org.agilepmo.engine.schedule.ProgressedActivities;
import org.agilepmo.engine.schedule.SchedulingRules;

/**
 * A plan with its schedule, as computed by the engine for exactly {@code version}:
 * activities in WBS order (each after its summary), dependencies and calendars.
 */
public record PlanView(long projectId, String projectCode, String projectName, long version, LocalDateTime projectStart,
		LocalDateTime statusDate, Long calendarId, LocalDateTime projectFinish, List<ActivityView> activities,
		List<DependencyView> dependencies, List<CalendarView> calendars, List<ConstraintViolation> constraintViolations,
		List<DeadlineMiss> deadlineMisses, List<Long> longestPath, int minutesPerDay, String sourceFile,
		SchedulingRules schedulingRules, ProgressedActivities progressedActivities, LocalDateTime scheduledFinish) {

	public PlanView {
		activities = List.copyOf(activities);
		dependencies = List.copyOf(dependencies);
		calendars = List.copyOf(calendars);
		constraintViolations = List.copyOf(constraintViolations);
		deadlineMisses = List.copyOf(deadlineMisses);
		longestPath = List.copyOf(longestPath);
	}

	public ActivityView activity(long id) {
		for (ActivityView activity : this.activities) {
			if (activity.id() == id) {
				return activity;
			}
		}
		return null;
	}

	public Map<Long, ActivityView> activitiesById() {
		Map<Long, ActivityView> byId = new java.util.HashMap<>(this.activities.size() * 2);
		for (ActivityView activity : this.activities) {
			byId.put(activity.id(), activity);
		}
		return byId;
	}

	public int criticalCount() {
		int count = 0;
		for (ActivityView activity : this.activities) {
			if (activity.critical()) {
				count++;
			}
		}
		return count;
	}

}
