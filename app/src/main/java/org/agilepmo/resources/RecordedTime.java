package org.agilepmo.resources;

/**
 * Hours recorded in approved timesheets, each priced at the person's rate valid that day.
 */
public interface RecordedTime {

	/**
	 * Approved hours on the project's work between the two days inclusive: one line per
	 * person, day and activity (activity null for hours on backlog items or the project
	 * as a whole).
	 */
	java.util.List<TimeCost> approvedOnProject(long projectId, java.time.LocalDate from, java.time.LocalDate to);

}
