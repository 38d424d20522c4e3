package org.agilepmo.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
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
