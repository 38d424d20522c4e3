package org.agilepmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's week of hours was approved (and is now locked): every day's hours on each
 * project, activity or backlog item, so that a plan's actual work can follow. Hours on
 * non-project work are left out.
 *
 * @param timesheetId the week's timesheet
 * @param personId whose hours they are
 * @param weekStart the Monday of the week
 * @param lines the hours, one per day and thing worked on, never zero
 */
public record TimesheetApproved(long timesheetId, long personId, LocalDate weekStart, List<Line> lines) {

	public TimesheetApproved {
		lines = List.copyOf(lines);
	}

	/**
	 * Hours of one day on a project's work.
	 *
	 * @param projectId the project
	 * @param activityId the plan activity, or {@code null} for the project as a whole or
	 * a backlog item
	 * @param itemId the backlog item, or {@code null}
	 * @param day the day
	 * @param hours the hours, in quarter hours
	 */
	public record Line(long projectId, Long activityId, Long itemId, LocalDate day, BigDecimal hours) {
	}

}
