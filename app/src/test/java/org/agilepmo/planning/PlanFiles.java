package org.agilepmo.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

import org.mpxj.Availability;
import org.mpxj.AvailabilityTable;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Project files made with MPXJ for the tests, so that no test reads a file from outside.
 */
public final class PlanFiles {

	private PlanFiles() {
	}

	/** Three tasks linked in a circle: 1 → 2 → 3 → 1. */
	public static byte[] cyclicMspdi() {
		ProjectFile file = chain(3);
		Task first = file.getTaskByUniqueID(1);
		Task last = file.getTaskByUniqueID(3);
		first.addPredecessor(new Relation.Builder().predecessorTask(last).type(RelationType.FINISH_START));
		return write(file);
	}

	/** Two tasks, the second with a negative duration. */
	public static byte[] negativeDurationMspdi() {
		ProjectFile file = chain(2);
		file.getTaskByUniqueID(2).setDuration(Duration.getInstance(-2, TimeUnit.DAYS));
		return write(file);
	}

	private static ProjectFile chain(int tasks) {
		ProjectFile file = new ProjectFile();
		file.setDefaultCalendar(file.addDefaultBaseCalendar());
		file.getProjectProperties().setStartDate(LocalDateTime.of(2026, 11, 2, 8, 0));
		Task previous = null;
		for (int i = 1; i <= tasks; i++) {
			Task task = file.addTask();
			task.setName("Task " + i);
			task.setUniqueID(i);
			task.setID(i);
			task.setDuration(Duration.getInstance(1, TimeUnit.DAYS));
			if (previous != null) {
				task.addPredecessor(new Relation.Builder().predecessorTask(previous).type(RelationType.FINISH_START));
			}
			previous = task;
		}
		return file;
	}

	public static byte[] oneTaskMspdi() {
		return generatedMspdi(1);
	}

	/**
	 * An MSPDI file of {@code tasks} tasks in summaries of ten, each task after the one
	 * before it in its summary, on the standard calendar with a holiday.
	 */
	public static byte[] generatedMspdi(int tasks) {
		ProjectFile file = new ProjectFile();
		ProjectCalendar calendar = file.addDefaultBaseCalendar();
		calendar.addCalendarException(java.time.LocalDate.of(2026, 12, 25));
		file.setDefaultCalendar(calendar);
		file.getProjectProperties().setStartDate(LocalDateTime.of(2026, 11, 2, 8, 0));
		int id = 1;
		Task summary = null;
		Task previous = null;
		for (int i = 0; i < tasks; i++) {
			if (tasks > 1 && i % 10 == 0) {
				summary = file.addTask();
				summary.setName("Phase " + (i / 10 + 1));
				summary.setUniqueID(id);
				summary.setID(id++);
				summary.setOutlineLevel(1);
				summary.setSummary(true);
				previous = null;
			}
			Task task = (summary != null) ? summary.addTask() : file.addTask();
			task.setName("Task " + (i + 1));
			task.setUniqueID(id);
			task.setID(id++);
			task.setOutlineLevel((summary != null) ? 2 : 1);
			task.setDuration(Duration.getInstance(1 + (i % 5), TimeUnit.DAYS));
			if (previous != null) {
				task.addPredecessor(new Relation.Builder().predecessorTask(previous)
					.type((i % 3 == 0) ? RelationType.START_START : RelationType.FINISH_START)
					.lag(Duration.getInstance((i % 4 == 0) ? 4 : 0, TimeUnit.HOURS)));
			}
			previous = task;
		}
		return write(file);
	}

	/**
	 * Four one-day tasks and three work resources at max units 50 %, 100 % and 200 %
	 * (unique IDs 11, 12, 13): task 1 has resource 11 at 50 %, task 2 resource 12 at 100
	 * %, task 3 resources 12 at 50 % and 13 at 100 %, task 4 none. Work is the task's
	 * eight hours times the units.
	 */
	public static byte[] staffedMspdi() {
		ProjectFile file = chain(4);
		Resource half = resource(file, 11, "Analyst", 50);
		Resource full = resource(file, 12, "Developer", 100);
		Resource double_ = resource(file, 13, "Test team", 200);
		assign(file.getTaskByUniqueID(1), half, 50);
		assign(file.getTaskByUniqueID(2), full, 100);
		assign(file.getTaskByUniqueID(3), full, 50);
		assign(file.getTaskByUniqueID(3), double_, 100);
		return write(file);
	}

	private static Resource resource(ProjectFile file, int uid, String name, double maxUnits) {
		Resource resource = file.addResource();
		resource.setUniqueID(uid);
		resource.setID(uid - 10);
		resource.setName(name);
		resource.setType(ResourceType.WORK);
		resource.getAvailability()
			.add(new Availability(LocalDateTimeHelper.START_DATE_NA, AvailabilityTable.END_DATE_NA, maxUnits));
		return resource;
	}

	private static void assign(Task task, Resource resource, double units) {
		ResourceAssignment assignment = task.addResourceAssignment(resource);
		assignment.setUnits(units);
		assignment.setWork(Duration.getInstance(8 * units / 100, TimeUnit.HOURS));
		assignment.setRemainingWork(Duration.getInstance(8 * units / 100, TimeUnit.HOURS));
		assignment.setActualWork(Duration.getInstance(0, TimeUnit.HOURS));
	}

	static byte[] write(ProjectFile file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new MSPDIWriter().write(file, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
