package org.agilepmo.planning.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.engine.schedule.ProgressedActivities;
import org.agilepmo.engine.schedule.SchedulingRules;
import org.agilepmo.shared.BidiControls;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.shared.RuleViolationException;
import org.mpxj.ActivityType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.ScheduleFrom;
import org.mpxj.SchedulingProgressedActivities;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.mpp.MPPReader;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads MS Project (MSPDI, MPP, MPX) and Primavera (XER, PMXML) files with MPXJ's
 * {@link UniversalProjectReader} into an {@link ImportedPlan}. Whatever the input, it
 * either returns a plan or throws {@link PlanImportException} naming the element at
 * fault.
 */
public final class MpxjReading {

	private static final String NOT_A_FORMAT = "is not in a format that can be imported (MS Project XML, MPP, MPX, Primavera XER or PMXML)";

	/** An OLE compound document, as MPP files are. */
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/**
	 * Databases (SQLite, Access) are not formats the platform imports; MPXJ would copy
	 * them to temporary files that a broken one leaves behind.
	 */
	private static final byte[] SQLITE = "SQLite format 3".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JET = "Standard Jet DB".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ACE = "Standard ACE DB".getBytes(StandardCharsets.US_ASCII);

	/** More exception days than this in one calendar is not a real calendar. */
	private static final int MAX_EXCEPTION_DAYS = 200_000;

	private MpxjReading() {
	}

	/**
	 * Reads the file; a zip is unpacked by the workspace, within its limits, into a
	 * folder that MPXJ reads and that is deleted afterwards (MPXJ's own unpacking has no
	 * bounds and leaves its folder behind when the file cannot be read). A program (a
	 * self-extracting archive) is refused: MPXJ would unpack it too.
	 */
	public static ImportedPlan read(String fileName, byte[] content, ImportWorkspace workspace) {
		if (ImportWorkspace.isProgram(content)) {
			throw new RuleViolationException("file", "import.limit.program",
					fileName + " is a program, not a project file", fileName);
		}
		if (ImportWorkspace.isArchive(content)) {
			return workspace.unpacked(fileName, content, folder -> readFolder(fileName, folder));
		}
		if (startsWith(content, 0, SQLITE) || startsWith(content, 4, JET) || startsWith(content, 4, ACE)) {
			throw new PlanImportException("file", NOT_A_FORMAT);
		}
		if (startsWith(content, 0, OLE)) {
			// Read in memory: the universal reader copies an OLE document to a temporary
			// file first and leaves the copy behind when the document is broken.
			return parse(fileName, () -> new MPPReader().read(new ByteArrayInputStream(content)));
		}
		XerWbsCheck.check(content);
		return parse(fileName, () -> new UniversalProjectReader().read(new ByteArrayInputStream(content)));
	}

	/**
	 * Reads a file or folder the {@link ImportWorkspace} received (a zip or gzip already
	 * unpacked within its limits), from disk rather than from memory.
	 */
	public static ImportedPlan read(String fileName, Path path) {
		if (Files.isDirectory(path)) {
			return readFolder(fileName, path);
		}
		byte[] head = new byte[32];
		int n;
		try (InputStream in = Files.newInputStream(path)) {
			n = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new PlanImportException("file", "cannot be read (" + describe(ex) + ")");
		}
		byte[] start = java.util.Arrays.copyOf(head, n);
		if (startsWith(start, 0, SQLITE) || startsWith(start, 4, JET) || startsWith(start, 4, ACE)) {
			throw new PlanImportException("file", NOT_A_FORMAT);
		}
		if (startsWith(start, 0, OLE)) {
			return parse(fileName, () -> new MPPReader().read(path.toFile()));
		}
		if (n >= 6 && new String(start, 0, 6, StandardCharsets.US_ASCII).equals("ERMHDR")) {
			try {
				XerWbsCheck.check(Files.readAllBytes(path));
			}
			catch (IOException ex) {
				throw new PlanImportException("file", "cannot be read (" + describe(ex) + ")");
			}
		}
		return parse(fileName, () -> new UniversalProjectReader().read(path.toFile()));
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		if (content.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static ImportedPlan readFolder(String fileName, Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] head = new byte[6];
				int n;
				try (InputStream in = Files.newInputStream(file)) {
					n = in.readNBytes(head, 0, head.length);
				}
				if (n == head.length && new String(head, StandardCharsets.US_ASCII).equals("ERMHDR")) {
					XerWbsCheck.check(Files.readAllBytes(file));
				}
			}
		}
		catch (IOException ex) {
			throw new PlanImportException("file", "cannot be read (" + describe(ex) + ")");
		}
		return parse(fileName, () -> new UniversalProjectReader().read(folder.toFile()));
	}

	private interface Reading {

		ProjectFile read() throws Exception;

	}

	private static ImportedPlan parse(String fileName, Reading reading) {
		ProjectFile file;
		try {
			file = reading.read();
		}
		catch (Exception | StackOverflowError ex) {
			throw new PlanImportException("file", "cannot be read as a project file (" + describe(ex) + ")");
		}
		catch (OutOfMemoryError ex) {
			// MPXJ builds structures from references in the file; a file whose references
			// loop can make it allocate without end. What it allocated is garbage now.
			throw new PlanImportException("file", "cannot be read: its structure makes the reader run out of memory");
		}
		if (file == null) {
			throw new PlanImportException("file", NOT_A_FORMAT);
		}
		try {
			return new Mapping(fileName, file).plan();
		}
		catch (PlanImportException ex) {
			throw ex;
		}
		catch (Exception | StackOverflowError ex) {
			throw new PlanImportException("file", "has content that cannot be mapped (" + describe(ex) + ")");
		}
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		String text = ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	private static final class Mapping {

		private final String fileName;

		private final ProjectFile file;

		private final ProjectProperties properties;

		private final Map<Integer, String> calendarKeys = new LinkedHashMap<>();

		/** The file comes from P6, whose rules the plan then follows (ADR 0103). */
		private final boolean primavera;

		/**
		 * P6's project setting "calendar for scheduling relationship lag" is its 24-hour
		 * calendar: every lag runs on the clock.
		 */
		private final boolean clockLags;

		Mapping(String fileName, ProjectFile file) {
			this.fileName = fileName;
			this.file = file;
			this.properties = file.getProjectProperties();
			String type = String.valueOf(this.properties.getFileType());
			this.primavera = "Primavera".equalsIgnoreCase(this.properties.getFileApplication())
					|| "XER".equalsIgnoreCase(type) || "PMXML".equalsIgnoreCase(type);
			this.clockLags = this.primavera && this.properties
				.getRelationshipLagCalendar() == org.mpxj.RelationshipLagCalendar.TWENTY_FOUR_HOUR;
		}

		/**
		 * Calendars some task or the project uses; one without working time that nothing
		 * uses (a resource's, a base calendar) is left out, as MS Project opens such
		 * files.
		 */
		private Set<Integer> usedCalendars() {
			Set<Integer> used = new HashSet<>();
			if (this.file.getDefaultCalendar() != null) {
				used.add(this.file.getDefaultCalendar().getUniqueID());
			}
			for (Task task : this.file.getTasks()) {
				if (task.getCalendar() != null) {
					used.add(task.getCalendar().getUniqueID());
				}
			}
			return used;
		}

		ImportedPlan plan() {
			List<ImportedPlan.Calendar> calendars = new ArrayList<>();
			Set<Integer> used = usedCalendars();
			for (ProjectCalendar calendar : this.file.getCalendars()) {
				String key = String.valueOf(calendar.getUniqueID());
				if (calendar.getUniqueID() == null || this.calendarKeys.containsKey(calendar.getUniqueID())) {
					continue;
				}
				CalendarDraft draft;
				try {
					draft = calendar(calendar, key);
				}
				catch (PlanImportException ex) {
					if (used.contains(calendar.getUniqueID())) {
						throw ex;
					}
					continue;
				}
				this.calendarKeys.put(calendar.getUniqueID(), key);
				calendars.add(new ImportedPlan.Calendar(key, draft));
			}
			List<ImportedPlan.Task> tasks = new ArrayList<>();
			List<ImportedPlan.Link> links = new ArrayList<>();
			Set<String> keys = new HashSet<>();
			for (Task task : this.file.getTasks()) {
				if (skipped(task)) {
					continue;
				}
				String key = key(task);
				if (!keys.add(key)) {
					throw new PlanImportException(element(task), "its unique ID is used by another task");
				}
				Task parent = task.getParentTask();
				String parentKey = (parent != null && !skipped(parent)) ? key(parent) : null;
				if (parentKey != null && !keys.contains(parentKey)) {
					throw new PlanImportException(element(task), "comes before its summary task");
				}
				String calendarKey = (task.getCalendar() != null)
						? this.calendarKeys.get(task.getCalendar().getUniqueID()) : null;
				ActivityDraft draft = draft(task, key);
				ResourceDriven driven = resourceDriven(task);
				if (calendarKey == null && driven != null) {
					calendarKey = driven.calendarKey();
					draft = draft.withDuration(driven.minutes());
				}
				tasks.add(new ImportedPlan.Task(key, parentKey, calendarKey, draft, details(task), cost(task, draft)));
			}
			for (Task task : this.file.getTasks()) {
				if (skipped(task)) {
					continue;
				}
				for (Relation relation : task.getPredecessors()) {
					SummaryLinks.expand(relation, this::link, links);
				}
			}
			ProjectCalendar defaultCalendar = this.file.getDefaultCalendar();
			String defaultKey = (defaultCalendar != null) ? this.calendarKeys.get(defaultCalendar.getUniqueID()) : null;
			LocalDateTime start = this.properties.getStartDate();
			if (this.primavera && this.properties.getPlannedStart() != null) {
				start = this.properties.getPlannedStart();
			}
			if (start == null) {
				start = tasks.stream()
					.map(t -> t.draft().actualStart())
					.filter(java.util.Objects::nonNull)
					.min(LocalDateTime::compareTo)
					.orElse(null);
			}
			ProgressedActivities progressed = (this.properties
				.getSchedulingProgressedActivities() == SchedulingProgressedActivities.PROGRESS_OVERRIDE)
						? ProgressedActivities.PROGRESS_OVERRIDE : ProgressedActivities.RETAINED_LOGIC;
			StaffingReading.Read staffing = StaffingReading.read(this.file, this.calendarKeys, keys);
			LocalDateTime scheduledFinish = (!this.primavera
					&& this.properties.getScheduleFrom() == ScheduleFrom.FINISH) ? this.properties.getFinishDate()
							: null;
			return new ImportedPlan(this.fileName, start, this.properties.getStatusDate(), defaultKey, calendars, tasks,
					links, this.primavera ? SchedulingRules.PRIMAVERA : SchedulingRules.MICROSOFT_PROJECT, progressed,
					scheduledFinish, staffing.resources(), staffing.assignments());
		}

		/**
		 * MS Project schedules a task that has no calendar of its own and is not of fixed
		 * duration by its assignments: each works its hours (work × 100 / units) on its
		 * resource's calendar, and the task lasts until the last finishes (as MPXJ's
		 * {@code MicrosoftScheduler} does). When all the assignments share one resource
		 * calendar, the activity is put on that calendar with the longest assignment's
		 * duration; otherwise, or with progress, the task's own duration stands.
		 */
		private ResourceDriven resourceDriven(Task task) {
			if (this.primavera || task.hasChildTasks() || task.getMilestone()
					|| task.getType() == TaskType.FIXED_DURATION || task.getIgnoreResourceCalendar()
					|| task.getActualStart() != null || task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
				return null;
			}
			Integer calendarId = null;
			int longest = -1;
			for (ResourceAssignment assignment : task.getResourceAssignments()) {
				if (assignment.getResource() == null || assignment.getResource().getType() != ResourceType.WORK
						|| assignment.getWork() == null || assignment.getUnits() == null
						|| assignment.getUnits().doubleValue() <= 0) {
					continue;
				}
				ProjectCalendar calendar = assignment.getResource().getCalendar();
				if (calendar == null || (calendarId != null && !calendarId.equals(calendar.getUniqueID()))) {
					return null;
				}
				calendarId = calendar.getUniqueID();
				double work = assignment.getWork().convertUnits(TimeUnit.MINUTES, this.properties).getDuration();
				longest = Math.max(longest, (int) Math.round(work * 100.0 / assignment.getUnits().doubleValue()));
			}
			String key = (calendarId != null) ? this.calendarKeys.get(calendarId) : null;
			if (key == null || longest <= 0 || longest > PlanRules.DURATION_MAX) {
				return null;
			}
			return new ResourceDriven(key, longest);
		}

		/** A task's calendar and duration as its assignments give them. */
		private record ResourceDriven(String calendarKey, int minutes) {
		}

		/**
		 * P6's remaining duration of an in-progress activity; MS Project's dates of a
		 * manually scheduled task that has not started; P6's level-of-effort type.
		 */
		private ToolDetails details(Task task) {
			if (task.hasChildTasks()) {
				return ToolDetails.NONE;
			}
			Integer remaining = null;
			if (this.primavera && task.getActualStart() != null && task.getActualFinish() == null
					&& task.getRemainingDuration() != null) {
				remaining = minutes(task.getRemainingDuration(), element(task), "remaining duration");
			}
			boolean manual = !this.primavera && task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED
					&& task.getActualStart() == null && task.getStart() != null && task.getFinish() != null;
			return new ToolDetails(remaining, manual ? task.getStart() : null, manual ? task.getFinish() : null,
					task.getDuration() != null && elapsed(task.getDuration().getUnits()),
					this.primavera && task.getActivityType() == ActivityType.START_MILESTONE,
					this.primavera && task.getActivityType() == ActivityType.LEVEL_OF_EFFORT);
		}

		/** The project summary task (ID 0) and blank rows are not activities. */
		private static boolean skipped(Task task) {
			return task.getNull() || (Integer.valueOf(0).equals(task.getID()) && task.getParentTask() == null);
		}

		private static String key(Task task) {
			Integer uid = task.getUniqueID();
			if (uid == null) {
				throw new PlanImportException(element(task), "has no unique ID");
			}
			return String.valueOf(uid);
		}

		private static String element(Task task) {
			return "task " + task.getUniqueID() + ((task.getName() != null) ? " (" + task.getName() + ")" : "");
		}

		private ActivityDraft draft(Task task, String key) {
			boolean milestone = task.getMilestone() || task.getActivityType() == ActivityType.START_MILESTONE
					|| task.getActivityType() == ActivityType.FINISH_MILESTONE;
			int fileDuration = task.hasChildTasks() ? 0 : minutes(task.getDuration(), element(task), "duration");
			// MS Project keeps the duration of a task flagged as a milestone; P6's
			// milestones have none.
			boolean milestoneWithDuration = milestone && !this.primavera && fileDuration > 0;
			ActivityKind kind = task.hasChildTasks() ? ActivityKind.SUMMARY
					: (milestone && !milestoneWithDuration) ? ActivityKind.MILESTONE : ActivityKind.TASK;
			int duration = (kind == ActivityKind.TASK) ? fileDuration : 0;
			if (duration < 0) {
				throw new PlanImportException(element(task), "has a negative duration");
			}
			ConstraintType constraint = constraint(task.getConstraintType());
			LocalDateTime constraintDate = constraint.isDated() ? task.getConstraintDate() : null;
			if (constraint.isDated() && constraintDate == null) {
				constraint = ConstraintType.AS_SOON_AS_POSSIBLE;
			}
			Number percent = task.getPercentageComplete();
			int complete = (percent != null) ? (int) Math.round(Math.max(0, Math.min(100, percent.doubleValue()))) : 0;
			LocalDateTime actualStart = task.getActualStart();
			LocalDateTime actualFinish = task.getActualFinish();
			if (actualFinish != null && actualStart == null) {
				actualStart = actualFinish;
			}
			String given = BidiControls.strip(task.getName());
			String name = (given != null && !given.isBlank()) ? given : "Task " + key;
			if (name.length() > PlanRules.NAME_MAX) {
				name = name.substring(0, PlanRules.NAME_MAX);
			}
			return new ActivityDraft(kind, name, null, duration, null, constraint, constraintDate, task.getDeadline(),
					actualStart, actualFinish, complete, key);
		}

		private ImportedPlan.Link link(Relation relation, Task predecessor, Task successor) {
			if (predecessor == null || successor == null) {
				throw new PlanImportException("link " + relation.getUniqueID(), "misses its predecessor or successor");
			}
			String element = "link " + predecessor.getUniqueID() + " -> " + successor.getUniqueID();
			LinkType type = switch ((relation.getType() != null) ? relation.getType()
					: org.mpxj.RelationType.FINISH_START) {
				case FINISH_START -> LinkType.FINISH_START;
				case START_START -> LinkType.START_START;
				case FINISH_FINISH -> LinkType.FINISH_FINISH;
				case START_FINISH -> LinkType.START_FINISH;
			};
			Duration lag = relation.getLag();
			Lag engineLag = Lag.NONE;
			if (lag != null && lag.getDuration() != 0) {
				if (lag.getUnits() == TimeUnit.PERCENT) {
					engineLag = Lag.percent(checkedInt(Math.round(lag.getDuration()), element, "lag"));
				}
				else if (lag.getUnits() == TimeUnit.ELAPSED_PERCENT) {
					engineLag = Lag.elapsedPercent(checkedInt(Math.round(lag.getDuration()), element, "lag"));
				}
				else if (elapsed(lag.getUnits()) || this.clockLags) {
					engineLag = Lag.elapsed(minutes(lag, element, "lag"));
				}
				else {
					engineLag = Lag.minutes(minutes(lag, element, "lag"));
				}
			}
			return new ImportedPlan.Link(key(predecessor), key(successor), type, engineLag);
		}

		private int minutes(Duration duration, String element, String what) {
			if (duration == null) {
				return 0;
			}
			if (duration.getUnits() == TimeUnit.PERCENT || duration.getUnits() == TimeUnit.ELAPSED_PERCENT) {
				throw new PlanImportException(element, what + " is a percentage");
			}
			double value = duration.convertUnits(TimeUnit.MINUTES, this.properties).getDuration();
			if (Double.isNaN(value) || Math.abs(value) > PlanRules.DURATION_MAX) {
				throw new PlanImportException(element, what + " " + duration + " is out of range");
			}
			return (int) Math.round(value);
		}

		/**
		 * MS Project's elapsed units ({@code em}, {@code eh}, {@code ed}, {@code ew},
		 * {@code emo}, {@code ey}): clock time, 24×7, which MPXJ converts to minutes at
		 * 24 hours a day.
		 */
		private static boolean elapsed(TimeUnit unit) {
			return unit == TimeUnit.ELAPSED_MINUTES || unit == TimeUnit.ELAPSED_HOURS || unit == TimeUnit.ELAPSED_DAYS
					|| unit == TimeUnit.ELAPSED_WEEKS || unit == TimeUnit.ELAPSED_MONTHS
					|| unit == TimeUnit.ELAPSED_YEARS;
		}

		private static int checkedInt(long value, String element, String what) {
			if (Math.abs(value) > PlanRules.DURATION_MAX) {
				throw new PlanImportException(element, what + " is out of range");
			}
			return (int) value;
		}

		private static ConstraintType constraint(org.mpxj.ConstraintType type) {
			if (type == null) {
				return ConstraintType.AS_SOON_AS_POSSIBLE;
			}
			return switch (type) {
				case AS_LATE_AS_POSSIBLE -> ConstraintType.AS_LATE_AS_POSSIBLE;
				case MUST_START_ON, START_ON -> ConstraintType.MUST_START_ON;
				case MUST_FINISH_ON, FINISH_ON -> ConstraintType.MUST_FINISH_ON;
				case START_NO_EARLIER_THAN -> ConstraintType.START_NO_EARLIER_THAN;
				case START_NO_LATER_THAN -> ConstraintType.START_NO_LATER_THAN;
				case FINISH_NO_EARLIER_THAN -> ConstraintType.FINISH_NO_EARLIER_THAN;
				case FINISH_NO_LATER_THAN -> ConstraintType.FINISH_NO_LATER_THAN;
				default -> ConstraintType.AS_SOON_AS_POSSIBLE;
			};
		}

		private CalendarDraft calendar(ProjectCalendar calendar, String key) {
			String element = "calendar " + key + ((calendar.getName() != null) ? " (" + calendar.getName() + ")" : "");
			Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek day : DayOfWeek.values()) {
				ProjectCalendarHours hours = calendar.isWorkingDay(day) ? calendar.getHours(day) : null;
				week.put(day, hours(hours, element));
			}
			Map<LocalDate, List<WorkingTime>> exceptions = new TreeMap<>();
			List<ProjectCalendar> chain = new ArrayList<>();
			for (ProjectCalendar c = calendar; c != null && chain.size() < 20
					&& !chain.contains(c); c = c.getParent()) {
				chain.add(0, c);
			}
			for (ProjectCalendar c : chain) {
				for (ProjectCalendarException exception : c.getCalendarExceptions()) {
					List<ProjectCalendarException> expanded = (exception.getRecurring() != null)
							? exception.getExpandedExceptions() : List.of(exception);
					for (ProjectCalendarException single : expanded) {
						addException(exceptions, single, element);
					}
				}
			}
			String given = BidiControls.strip(calendar.getName());
			String name = (given != null && !given.isBlank()) ? given : "Calendar " + key;
			if (name.length() > 200) {
				name = name.substring(0, 200);
			}
			CalendarDraft draft = new CalendarDraft(name, week, exceptions, key);
			try {
				PlanRules.checkCalendar(draft);
			}
			catch (org.agilepmo.shared.RuleViolationException ex) {
				throw new PlanImportException(element, ex.getMessage());
			}
			return draft;
		}

		private static void addException(Map<LocalDate, List<WorkingTime>> exceptions,
				ProjectCalendarException exception, String element) {
			LocalDate from = exception.getFromDate();
			LocalDate to = (exception.getToDate() != null) ? exception.getToDate() : from;
			if (from == null) {
				throw new PlanImportException(element, "has an exception without a date");
			}
			if (from.isBefore(WorkCalendar.EPOCH)) {
				from = WorkCalendar.EPOCH;
			}
			if (!to.isBefore(WorkCalendar.HORIZON_END)) {
				to = WorkCalendar.HORIZON_END.minusDays(1);
			}
			List<WorkingTime> hours = exception.getWorking() ? hours(exception, element) : List.of();
			for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
				if (exceptions.size() >= MAX_EXCEPTION_DAYS) {
					throw new PlanImportException(element, "has more than " + MAX_EXCEPTION_DAYS + " exception days");
				}
				exceptions.put(date, hours);
			}
		}

		private static List<WorkingTime> hours(ProjectCalendarHours hours, String element) {
			List<WorkingTime> times = new ArrayList<>();
			if (hours == null) {
				return times;
			}
			for (LocalTimeRange range : hours) {
				if (range == null || range.getStart() == null || range.getEnd() == null) {
					continue;
				}
				LocalTime from = range.getStart();
				LocalTime to = range.getEnd();
				if (from.equals(to) && !from.equals(LocalTime.MIDNIGHT)) {
					continue;
				}
				try {
					times.add(new WorkingTime(from.withSecond(0).withNano(0), to.withSecond(0).withNano(0)));
				}
				catch (IllegalArgumentException ex) {
					throw new PlanImportException(element,
							"has working hours " + range + " that end before they start");
				}
			}
			times.sort((a, b) -> a.from().compareTo(b.from()));
			for (int i = 1; i < times.size(); i++) {
				LocalTime previousEnd = times.get(i - 1).to();
				if (previousEnd.equals(LocalTime.MIDNIGHT) || times.get(i).from().isBefore(previousEnd)) {
					throw new PlanImportException(element,
							"has overlapping working hours " + times.get(i - 1) + " and " + times.get(i));
				}
			}
			return times;
		}

		/**
		 * An MS Project task's cost as its budgeted cost, to the cent; none for a summary
		 * (MS Project adds up its subtasks), a cost of zero (every task's default) or a
		 * Primavera file (whose activities' costs are their resources' and expenses', not
		 * a budget).
		 */
		private java.math.BigDecimal cost(Task task, ActivityDraft draft) {
			Number cost = task.getCost();
			if (this.primavera || cost == null || draft.kind() == org.agilepmo.engine.schedule.ActivityKind.SUMMARY) {
				return null;
			}
			java.math.BigDecimal amount = new java.math.BigDecimal(cost.toString()).setScale(2,
					java.math.RoundingMode.HALF_EVEN);
			return (amount.signum() > 0) ? amount : null;
		}

	}

}
