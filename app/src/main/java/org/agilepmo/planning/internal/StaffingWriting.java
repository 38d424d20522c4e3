package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.planning.PlanResources;
import org.mpxj.Availability;
import org.mpxj.AvailabilityTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;

/**
 * Adds a plan's resources and assignments to the MPXJ project {@link MpxjWriting} built:
 * resources keep their external ID as unique ID when it is a free number, units are
 * written as MPXJ's percentages (1.0 → 100), work in minutes. A task with assignments is
 * written as of fixed duration, so that a tool reading the file keeps the platform's
 * durations rather than working them out again from the assignments' work.
 */
final class StaffingWriting {

	private StaffingWriting() {
	}

	/**
	 * @param file the project with the plan's calendars (unique IDs 1, 2, … in the plan's
	 * order) and tasks (IDs 1, 2, … in WBS order)
	 */
	static void add(ProjectFile file, PlanView plan, PlanResources.Staffing staffing) {
		Map<Integer, ProjectCalendar> calendarsByUid = new HashMap<>();
		for (ProjectCalendar calendar : file.getCalendars()) {
			calendarsByUid.put(calendar.getUniqueID(), calendar);
		}
		Map<Long, ProjectCalendar> calendars = new HashMap<>();
		List<CalendarView> calendarViews = plan.calendars();
		for (int i = 0; i < calendarViews.size(); i++) {
			calendars.put(calendarViews.get(i).id(), calendarsByUid.get(i + 1));
		}
		Map<Integer, Task> tasksById = new HashMap<>();
		for (Task task : file.getTasks()) {
			tasksById.put(task.getID(), task);
		}
		Map<Long, Task> tasks = new HashMap<>();
		List<ActivityView> activities = plan.activities();
		for (int i = 0; i < activities.size(); i++) {
			tasks.put(activities.get(i).id(), tasksById.get(i + 1));
		}
		Set<Long> taken = new HashSet<>();
		for (PlanResources.Resource r : staffing.resources()) {
			Long uid = StaffingOrder.number(r.externalId());
			if (uid != null && uid > 0 && uid <= Integer.MAX_VALUE) {
				taken.add(uid);
			}
		}
		Set<Long> used = new HashSet<>();
		long next = 1;
		Map<Long, Resource> resources = new HashMap<>();
		int id = 1;
		for (PlanResources.Resource r : staffing.resources()) {
			Long uid = StaffingOrder.number(r.externalId());
			if (uid == null || uid <= 0 || uid > Integer.MAX_VALUE || !used.add(uid)) {
				while (taken.contains(next)) {
					next++;
				}
				uid = next;
				taken.add(uid);
				used.add(uid);
			}
			Resource resource = file.addResource();
			resource.setUniqueID(uid.intValue());
			resource.setID(id++);
			resource.setName(r.name());
			resource.setType(switch (r.type()) {
				case MATERIAL -> ResourceType.MATERIAL;
				case COST -> ResourceType.COST;
				case WORK -> ResourceType.WORK;
			});
			// MPXJ keeps max units as an availability table: one entry for all time. P6
			// keeps them with the resource's rates, which an XER therefore needs: one
			// rate
			// of zero for all time (the platform keeps no cost rates in plans).
			resource.getCostRateTable(0)
				.add(new CostRateTableEntry(LocalDateTimeHelper.START_DATE_NA, LocalDateTimeHelper.END_DATE_NA, 0,
						new Rate(0, TimeUnit.HOURS)));
			resource.getAvailability()
				.add(new Availability(LocalDateTimeHelper.START_DATE_NA, AvailabilityTable.END_DATE_NA,
						percent(r.maxUnits())));
			if (r.calendarId() != null && calendars.get(r.calendarId()) != null) {
				resource.setCalendar(calendars.get(r.calendarId()));
			}
			resources.put(r.id(), resource);
		}
		int assignmentUid = 1;
		for (PlanResources.Assignment a : staffing.assignments()) {
			Task task = tasks.get(a.activityId());
			Resource resource = resources.get(a.resourceId());
			if (task == null || resource == null) {
				continue;
			}
			ResourceAssignment assignment = task.addResourceAssignment(resource);
			assignment.setUniqueID(assignmentUid++);
			assignment.setUnits(percent(a.units()));
			assignment.setWork(minutes(a.workMinutes()));
			assignment.setActualWork(minutes(a.actualWorkMinutes()));
			assignment.setRemainingWork(minutes(a.remainingWorkMinutes()));
			assignment.setStart(task.getStart());
			assignment.setFinish(task.getFinish());
			task.setType(TaskType.FIXED_DURATION);
		}
	}

	private static Double percent(BigDecimal units) {
		return (units != null) ? units.movePointRight(2).doubleValue() : null;
	}

	private static Duration minutes(Long minutes) {
		return (minutes != null) ? Duration.getInstance(minutes.doubleValue(), TimeUnit.MINUTES) : null;
	}

}
