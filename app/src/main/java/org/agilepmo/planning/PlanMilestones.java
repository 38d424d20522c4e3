package org.agilepmo.planning;

import java.time.LocalDate;

import org.agilepmo.shared.Actor;

/**
 * Milestones added to a project's plan on behalf of another module, such as procurement
 * when a contract's milestones are agreed. Each call is the same use case as adding the
 * milestone on the plan page: the project's access rule (the person must be able to
 * change the project), the plan rescheduled, one audit entry.
 */
public interface PlanMilestones {

	/**
	 * Adds a milestone due on the day (it may not come earlier, and the day is its
	 * deadline); answers the activity's id.
	 */
	long addMilestone(Actor actor, long projectId, String name, LocalDate due);

}
