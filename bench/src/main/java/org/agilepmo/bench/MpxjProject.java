package org.agilepmo.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;

/**
 * A {@link RandomProject} as an MPXJ {@link ProjectFile}, scheduled by MPXJ's
 * MicrosoftScheduler.
 */
public final class MpxjProject {

	private final ProjectFile file;

	private final Task[] tasks;

	public MpxjProject(RandomProject project) {
		this.file = new ProjectFile();
		ProjectCalendar[] calendars = new ProjectCalendar[project.calendars.length];
		for (int c = 0; c < calendars.length; c++) {
			calendars[c] = calendar(project.calendars[c]);
		}
		this.file.setDefaultCalendar(calendars[0]);
		this.tasks = new Task[project.size];
		for (int i = 0; i < project.size; i++) {
			Task task = this.file.addTask();
			task.setName("T" + i);
			task.setActive(true);
			Duration duration = Duration.getInstance(project.duration[i], TimeUnit.MINUTES);
			task.setDuration(duration);
			task.setRemainingDuration(duration);
			task.setActualDuration(Duration.getInstance(0, TimeUnit.MINUTES));
			task.setMilestone(project.duration[i] == 0);
			if (project.calendar[i] != 0) {
				task.setCalendar(calendars[project.calendar[i]]);
			}
			task.setConstraintType(ConstraintType.valueOf(project.constraint[i].name()));
			task.setConstraintDate(project.constraintDate[i]);
			task.setDeadline(project.deadline[i]);
			this.tasks[i] = task;
		}
		for (int l = 0; l < project.linkCount; l++) {
			Duration lag = Duration.getInstance(project.lag[l],
					project.lagPercent[l] ? TimeUnit.PERCENT : TimeUnit.MINUTES);
			this.tasks[project.linkSucc[l]]
				.addPredecessor(new Relation.Builder().predecessorTask(this.tasks[project.linkPred[l]])
					.type(RelationType.valueOf(project.linkType[l].name()))
					.lag(lag));
		}
	}

	private ProjectCalendar calendar(WorkCalendar source) {
		ProjectCalendar calendar = this.file.addCalendar();
		calendar.setName(source.name());
		for (DayOfWeek day : DayOfWeek.values()) {
			List<WorkingTime> hours = source.week().getOrDefault(day, List.of());
			calendar.setWorkingDay(day, !hours.isEmpty());
			ProjectCalendarHours ranges = calendar.addCalendarHours(day);
			for (WorkingTime time : hours) {
				ranges.add(new LocalTimeRange(time.from(), time.to()));
			}
		}
		for (Map.Entry<LocalDate, List<WorkingTime>> exception : source.exceptions().entrySet()) {
			var dated = calendar.addCalendarException(exception.getKey());
			for (WorkingTime time : exception.getValue()) {
				dated.add(new LocalTimeRange(time.from(), time.to()));
			}
		}
		return calendar;
	}

	public void schedule(LocalDateTime start) {
		try {
			new MicrosoftScheduler().schedule(this.file, start);
		}
		catch (CpmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Task task(int i) {
		return this.tasks[i];
	}

}
