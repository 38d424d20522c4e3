package org.agilepmo.planning.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
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
import org.mpxj.RelationshipLagCalendar;
import org.mpxj.ScheduleFrom;
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
		ProjectFile file = projectFile(plan, format);
		if (staffing != null) {
			StaffingWriting.add(file, plan, staffing);
		}
		ProjectWriter writer = (format == Format.XER) ? new PrimaveraXERFileWriter() : new MSPDIWriter();
		writer.write(file, out);
	}

	static ProjectFile projectFile(PlanView plan) {
		return projectFile(plan, Format.MSPDI);
	}

	/**
	 * The plan as MPXJ's project. Elapsed durations and lags (MS Project's {@code ed},
	 * {@code eh}, {@code e%}) keep their elapsed units for MSPDI, which writes them as
	 * elapsed {@code DurationFormat}/{@code LagFormat} codes. P6 has no elapsed units nor
	 * percentage lags: for XER an elapsed activity gets a 24-hour calendar, a percentage
	 * lag the minutes it stands for, and elapsed lags run on P6's 24-hour lag calendar
	 * when every lag of the plan is elapsed, else as the working time they span in the
	 * current schedule (ADR 0103).
	 */
	static ProjectFile projectFile(PlanView plan, Format format) {
		boolean xer = format == Format.XER;
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
		ProjectCalendar clock = null;
		if (xer && plan.activities().stream().anyMatch(ActivityView::isElapsed)) {
			clock = twentyFourHours(file, ++calendarUid);
		}
		file.getProjectProperties().setStartDate(plan.projectStart());
		file.getProjectProperties().setStatusDate(plan.statusDate());
		if (plan.scheduledFinish() != null) {
			file.getProjectProperties().setScheduleFrom(ScheduleFrom.FINISH);
			file.getProjectProperties().setFinishDate(plan.scheduledFinish());
		}
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
			boolean elapsedUnits = a.isElapsed() && !xer;
			task.setDuration(duration(minutes, elapsedUnits));
			task.setPlannedDuration(duration(minutes, elapsedUnits));
			task.setRemainingDuration(duration(remaining, elapsedUnits));
			task.setActualDuration(duration(minutes - remaining, elapsedUnits));
			boolean levelOfEffort = a.details() != null && a.details().levelOfEffort();
			task.setActivityType(a.isSummary() ? ActivityType.WBS_SUMMARY
					: levelOfEffort ? ActivityType.LEVEL_OF_EFFORT
							: !a.isMilestone() ? ActivityType.TASK_DEPENDENT
									: (a.details() != null && a.details().startMilestone())
											? ActivityType.START_MILESTONE : ActivityType.FINISH_MILESTONE);
			if (a.isElapsed() && clock != null) {
				task.setCalendar(clock);
			}
			else if (a.calendarId() != null && calendars.containsKey(a.calendarId())) {
				task.setCalendar(calendars.get(a.calendarId()));
			}
			task.setConstraintType(org.mpxj.ConstraintType.valueOf(a.constraintType().name()));
			task.setConstraintDate(a.constraintDate());
			task.setDeadline(a.deadline());
			task.setActualStart(a.actualStart());
			task.setActualFinish(a.actualFinish());
			task.setPercentageComplete(a.percentComplete());
			if (!xer && !a.isSummary() && a.budgetedCost() != null) {
				// MS Project works a task's cost out from its resources' rates and its
				// fixed cost: without rates in the file, the fixed cost is what keeps it.
				task.setFixedCost(a.budgetedCost());
				task.setCost(a.budgetedCost());
			}
			task.setStart(a.start());
			task.setFinish(a.finish());
			task.setEarlyStart(a.earlyStart());
			task.setLateStart(a.lateStart());
			if (a.levellingDelayMinutes() > 0) {
				// MS Project keeps levelling delay as elapsed time and shows it in
				// elapsed days.
				task.setLevelingDelay(Duration.getInstance(a.levellingDelayMinutes() / 1440.0, TimeUnit.ELAPSED_DAYS));
			}
			tasks.put(a.id(), task);
		}
		Map<Long, ActivityView> byId = plan.activitiesById();
		boolean onlyClockLags = xer
				&& plan.dependencies().stream().allMatch(d -> d.lag().value() == 0 || onClock(d, byId));
		if (xer && onlyClockLags && plan.dependencies().stream().anyMatch(d -> d.lag().value() != 0)) {
			file.getProjectProperties().setRelationshipLagCalendar(RelationshipLagCalendar.TWENTY_FOUR_HOUR);
		}
		for (DependencyView d : plan.dependencies()) {
			Task predecessor = tasks.get(d.predecessorId());
			Task successor = tasks.get(d.successorId());
			Duration lag = xer ? xerLag(plan, d, byId, onlyClockLags) : mspdiLag(d.lag());
			successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor)
				.type(RelationType.valueOf(d.type().name()))
				.lag(lag));
		}
		return file;
	}

	/** Minutes of work, or of the clock in MS Project's elapsed units. */
	private static Duration duration(int minutes, boolean elapsed) {
		if (!elapsed) {
			return Duration.getInstance(minutes, TimeUnit.MINUTES);
		}
		if (minutes % 1440 == 0) {
			return Duration.getInstance(minutes / 1440, TimeUnit.ELAPSED_DAYS);
		}
		if (minutes % 60 == 0) {
			return Duration.getInstance(minutes / 60, TimeUnit.ELAPSED_HOURS);
		}
		return Duration.getInstance(minutes, TimeUnit.ELAPSED_MINUTES);
	}

	private static Duration mspdiLag(Lag lag) {
		if (lag.percent()) {
			return Duration.getInstance(lag.value(), lag.elapsed() ? TimeUnit.ELAPSED_PERCENT : TimeUnit.PERCENT);
		}
		return duration(lag.value(), lag.elapsed());
	}

	/**
	 * True if the link's lag is clock time: elapsed, or a percentage of an elapsed
	 * predecessor's duration (as the engine reads it).
	 */
	private static boolean onClock(DependencyView d, Map<Long, ActivityView> byId) {
		ActivityView predecessor = byId.get(d.predecessorId());
		return d.lag().elapsed() || (d.lag().percent() && predecessor != null && predecessor.isElapsed());
	}

	/**
	 * The lag as P6 can hold it: minutes (a percentage resolved against the predecessor's
	 * duration); clock minutes when the project's lag calendar is P6's 24-hour one, else
	 * the working minutes that a clock lag spans on the successor's calendar from the
	 * predecessor's date that drives the link.
	 */
	private static Duration xerLag(PlanView plan, DependencyView d, Map<Long, ActivityView> byId,
			boolean clockCalendar) {
		Lag lag = d.lag();
		ActivityView predecessor = byId.get(d.predecessorId());
		int minutes = lag.percent() ? (int) Math.round(predecessor.durationMinutes() * lag.value() / 100.0)
				: lag.value();
		if (minutes == 0 || clockCalendar || !onClock(d, byId)) {
			return Duration.getInstance(minutes, TimeUnit.MINUTES);
		}
		LocalDateTime from = (d.type() == LinkType.FINISH_START || d.type() == LinkType.FINISH_FINISH)
				? predecessor.earlyFinish() : predecessor.earlyStart();
		WorkCalendar calendar = lagCalendar(plan, byId.get(d.successorId()));
		LocalDateTime to = from.plusMinutes(minutes);
		long work = (minutes > 0) ? calendar.workBetween(from, to) : -calendar.workBetween(to, from);
		return Duration.getInstance(work, TimeUnit.MINUTES);
	}

	private static WorkCalendar lagCalendar(PlanView plan, ActivityView successor) {
		Long id = (successor != null && successor.calendarId() != null) ? successor.calendarId() : plan.calendarId();
		for (CalendarView view : plan.calendars()) {
			if (id != null && view.id() == id) {
				return view.calendar().toWorkCalendar(view.calendar().name());
			}
		}
		return WorkCalendar.standard();
	}

	/** P6's "24 Hour" calendar: every minute of every day works. */
	private static ProjectCalendar twentyFourHours(ProjectFile file, int uid) {
		ProjectCalendar calendar = file.addCalendar();
		calendar.setUniqueID(uid);
		calendar.setName("24 Hour");
		for (DayOfWeek day : DayOfWeek.values()) {
			calendar.setWorkingDay(day, true);
			calendar.addCalendarHours(day).add(new LocalTimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
		}
		return calendar;
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
