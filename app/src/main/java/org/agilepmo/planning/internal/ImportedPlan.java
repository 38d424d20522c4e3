package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.List;

import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.engine.schedule.ProgressedActivities;
import org.agilepmo.engine.schedule.SchedulingRules;

/**
 * A plan read from a file, before it is written: activities, links and calendars refer to
 * each other by the file's keys (task, calendar and resource UIDs). Parents come before
 * their children. {@code scheduledFinish} is the finish date of a project MS Project
 * schedules from its finish, null otherwise.
 */
public record ImportedPlan(String sourceFile, LocalDateTime projectStart, LocalDateTime statusDate,
		String defaultCalendarKey, List<Calendar> calendars, List<Task> activities, List<Link> links,
		SchedulingRules rules, ProgressedActivities progressed, LocalDateTime scheduledFinish, List<Resource> resources,
		List<Assignment> assignments) {

	public ImportedPlan {
		calendars = List.copyOf(calendars);
		activities = List.copyOf(activities);
		links = List.copyOf(links);
		resources = List.copyOf(resources);
		assignments = List.copyOf(assignments);
	}

	/** A plan without resources, scheduled from its start. */
	public ImportedPlan(String sourceFile, LocalDateTime projectStart, LocalDateTime statusDate,
			String defaultCalendarKey, List<Calendar> calendars, List<Task> activities, List<Link> links,
			SchedulingRules rules, ProgressedActivities progressed) {
		this(sourceFile, projectStart, statusDate, defaultCalendarKey, calendars, activities, links, rules, progressed,
				null, List.of(), List.of());
	}

	/** A plan without resources. */
	public ImportedPlan(String sourceFile, LocalDateTime projectStart, LocalDateTime statusDate,
			String defaultCalendarKey, List<Calendar> calendars, List<Task> activities, List<Link> links,
			SchedulingRules rules, ProgressedActivities progressed, LocalDateTime scheduledFinish) {
		this(sourceFile, projectStart, statusDate, defaultCalendarKey, calendars, activities, links, rules, progressed,
				scheduledFinish, List.of(), List.of());
	}

	/** A calendar of the file. */
	public record Calendar(String key, CalendarDraft draft) {
	}

	/**
	 * A task of the file; the draft's parent and calendar are unset and given by the
	 * keys; its budgeted cost is MS Project's cost of a task that is not a summary (null
	 * when the file gives none, or zero).
	 */
	public record Task(String key, String parentKey, String calendarKey, ActivityDraft draft, ToolDetails details,
			java.math.BigDecimal budgetedCost) {

		public Task {
			details = (details != null) ? details : ToolDetails.NONE;
		}

		/** A task without a budgeted cost. */
		public Task(String key, String parentKey, String calendarKey, ActivityDraft draft, ToolDetails details) {
			this(key, parentKey, calendarKey, draft, details, null);
		}

	}

	/**
	 * A resource of the file; its draft's external ID is the file's resource unique ID
	 * and its calendar is given by the key.
	 */
	public record Resource(String calendarKey, ResourceDraft draft) {
	}

	/**
	 * An assignment of the file, between a task and a resource given by their keys; the
	 * draft's activity and resource are unset.
	 */
	public record Assignment(String externalId, String taskKey, String resourceKey, AssignmentDraft draft) {
	}

	/** A link between two tasks of the file. */
	public record Link(String predecessorKey, String successorKey, LinkType type, Lag lag) {
	}

}
