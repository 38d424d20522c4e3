package org.agilepmo.planning.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.engine.calendar.WorkingTime;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.planning.PlanResources;
import org.mpxj.ActivityType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.writer.ProjectWriter;

/**
 * Writes a plan with its schedule, resources and assignments as MS Project XML (MSPDI) or
 * Primavera XER through MPXJ. Tasks and resources keep their external ID as unique ID
 * when it is a free number.
 */
public final class MpxjWriting {

	/** The formats a plan can be exported to. */
	public enum Format {

		MSPDI("xml", "application/xml"), XER("xer", "application/octet-stream");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	private MpxjWriting() {
	}

	public static byte[] write(PlanView plan, Format format) {
		return write(plan, null, format);
	}

	/**
	 * The plan with its resources and assignments (none when {@code staffing} is null).
	 */
	public static byte[] write(PlanView plan, PlanResources.Staffing staffing, Format format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(plan, staffing, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Writes the plan to the stream as it goes (an export of 100 MB is never held whole
	 * in memory).
	 */
	public static void write(PlanView plan, Format format, java.io.OutputStream out) throws IOException {
		write(plan, null, format, out);
	}

	/**
	 * Writes the plan with its resources and assignments to the stream as it goes.
	 */
	public static void write(PlanView plan, PlanResources.Staffing staffing, Format format, java.io.OutputStream out)
			throws IOException {
		ProjectFile file = projectFile(plan);
		if (staffing != null) {
			StaffingWriting.add(file, plan, staffing);
		}
		ProjectWriter writer = (format == Format.XER) ? new PrimaveraXERFileWriter() : new MSPDIWriter();
		writer.write(file, out);
	}

	static ProjectFile projectFile(PlanView plan) {
		ProjectFile file = new ProjectFile();
		Map<Long, ProjectCalendar> calendars = new HashMap<>();
		int calendarUid = 1;
		for (CalendarView view : plan.calendars()) {
			ProjectCalendar calendar = file.addCalendar();
			calendar.setUniqueID(calendarUid++);
			calendar.setName(view.calendar().name());
			for (DayOfWeek day : DayOfWeek.values()) {
				List<WorkingTime> hours = view.calendar().week().getOrDefault(day, List.of());
				calendar.setWorkingDay(day, !hours.isEmpty());
				ProjectCalendarHours ranges = calendar.addCalendarHours(day);
				for (WorkingTime time : hours) {
					ranges.add(new LocalTimeRange(time.from(), time.to()));
				}
			}
			for (Map.Entry<LocalDate, List<WorkingTime>> exception : view.calendar().exceptions().entrySet()) {
				ProjectCalendarException dated = calendar.addCalendarException(exception.getKey());
				for (WorkingTime time : exception.getValue()) {
					dated.add(new LocalTimeRange(time.from(), time.to()));
				}
			}
			calendars.put(view.id(), calendar);
		}
		ProjectCalendar projectCalendar = (plan.calendarId() != null) ? calendars.get(plan.calendarId()) : null;
		if (projectCalendar == null) {
			projectCalendar = file.addDefaultBaseCalendar();
			projectCalendar.setUniqueID(calendarUid);
		}
		file.setDefaultCalendar(projectCalendar);
		file.getProjectProperties().setStartDate(plan.projectStart());
		file.getProjectProperties().setStatusDate(plan.statusDate());
		file.getProjectProperties().setName(plan.projectName());

		Set<Integer> taken = new HashSet<>();
		for (ActivityView a : plan.activities()) {
			Integer uid = numeric(a.externalId());
			if (uid != null) {
				taken.add(uid);
			}
		}
		Set<Integer> used = new HashSet<>();
		int next = 1;
		Map<Long, Task> tasks = new HashMap<>();
		int id = 1;
		for (ActivityView a : plan.activities()) {
			Task parent = (a.parentId() != null) ? tasks.get(a.parentId()) : null;
			Task task = (parent != null) ? parent.addTask() : file.addTask();
			Integer uid = numeric(a.externalId());
			if (uid == null || uid <= 0 || !used.add(uid)) {
				while (taken.contains(next)) {
					next++;
				}
				uid = next;
				taken.add(uid);
				used.add(uid);
			}
			task.setUniqueID(uid);
			task.setID(id++);
			task.setName(a.name());
			task.setOutlineLevel(a.level() + 1);
			task.setSummary(a.isSummary());
			task.setMilestone(a.isMilestone());
			int minutes = a.isSummary() ? 0 : a.durationMinutes();
			int remaining = (a.actualFinish() != null) ? 0
					: (int) Math.round(minutes * (100 - a.percentComplete()) / 100.0);
			task.setDuration(Duration.getInstance(minutes, TimeUnit.MINUTES));
			task.setPlannedDuration(Duration.getInstance(minutes, TimeUnit.MINUTES));
			task.setRemainingDuration(Duration.getInstance(remaining, TimeUnit.MINUTES));
			task.setActualDuration(Duration.getInstance(minutes - remaining, TimeUnit.MINUTES));
			task.setActivityType(a.isSummary() ? ActivityType.WBS_SUMMARY
					: a.isMilestone() ? ActivityType.FINISH_MILESTONE : ActivityType.TASK_DEPENDENT);
			if (a.calendarId() != null && calendars.containsKey(a.calendarId())) {
				task.setCalendar(calendars.get(a.calendarId()));
			}
			task.setConstraintType(org.mpxj.ConstraintType.valueOf(a.constraintType().name()));
			task.setConstraintDate(a.constraintDate());
			task.setDeadline(a.deadline());
			task.setActualStart(a.actualStart());
			task.setActualFinish(a.actualFinish());
			task.setPercentageComplete(a.percentComplete());
			task.setStart(a.start());
			task.setFinish(a.finish());
			task.setEarlyStart(a.earlyStart());
			task.setLateStart(a.lateStart());
			tasks.put(a.id(), task);
		}
		for (DependencyView d : plan.dependencies()) {
			Task predecessor = tasks.get(d.predecessorId());
			Task successor = tasks.get(d.successorId());
			Lag lag = d.lag();
			successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor)
				.type(RelationType.valueOf(d.type().name()))
				.lag(Duration.getInstance(lag.value(), lag.percent() ? TimeUnit.PERCENT : TimeUnit.MINUTES)));
		}
		return file;
	}

	private static Integer numeric(String externalId) {
		if (externalId == null || externalId.isEmpty() || externalId.length() > 9) {
			return null;
		}
		for (int i = 0; i < externalId.length(); i++) {
			if (!Character.isDigit(externalId.charAt(i))) {
				return null;
			}
		}
		return Integer.valueOf(externalId);
	}

}
