package org.agilepmo.planning;

import java.math.BigDecimal;
import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * A plan's resources and their assignments to activities, as MS Project and Primavera P6
 * keep them, for other modules (resource levelling, capacity, cost): read under the
 * project's access rule, so a project the person may not see answers
 * {@link org.agilepmo.shared.NotFoundException}. Units are decimals where 1.0 is 100 %;
 * work is in minutes. External IDs are strings: the file's unique ID (MS Project's UID,
 * P6's rsrc_id and task_id) as digits, or the one the platform gave a resource created
 * here (the next free number).
 */
public interface PlanResources {

	/**
	 * The plan's resources by external ID (as numbers when they are numbers) and its
	 * assignments in the order of the plan's activities; both empty for a project that
	 * has no plan yet.
	 */
	Staffing staffing(Actor actor, long projectId);

	/**
	 * A plan's resources and assignments at one version of the plan.
	 *
	 * @param projectId the project
	 * @param planVersion the plan's version they were read at (0 for a project without a
	 * plan); every change of resources or assignments moves it
	 * @param resources the resources
	 * @param assignments the assignments
	 */
	record Staffing(long projectId, long planVersion, List<Resource> resources, List<Assignment> assignments) {

		public Staffing {
			resources = List.copyOf(resources);
			assignments = List.copyOf(assignments);
		}

	}

	/** What a resource is, as MS Project names it (P6's labor is work, nonlabor cost). */
	enum ResourceType {

		/** People and equipment whose work is counted in time. */
		WORK,
		/** Consumables, counted in their own unit. */
		MATERIAL,
		/** A cost that is not work (travel, fees). */
		COST

	}

	/**
	 * A resource of a plan.
	 *
	 * @param id the platform's id
	 * @param version the resource's version (its ETag)
	 * @param externalId the file's resource unique ID, or the number given here
	 * @param name the name
	 * @param type work, material or cost
	 * @param maxUnits how much of the resource there is at once; 1.0 = 100 %
	 * @param calendarId the plan calendar it works on, or null for the plan's
	 * @param personId the person (identity's id) the resource stands for, or null
	 */
	record Resource(long id, long version, String externalId, String name, ResourceType type, BigDecimal maxUnits,
			Long calendarId, Long personId) {
	}

	/**
	 * A resource assigned to an activity.
	 *
	 * @param id the platform's id
	 * @param version the assignment's version (its ETag)
	 * @param activityId the activity's platform id
	 * @param activityExternalId the activity's external ID (the file's task unique ID),
	 * or null for an activity created here
	 * @param resourceId the resource's platform id
	 * @param resourceExternalId the resource's external ID
	 * @param units how much of the resource works on the activity; 1.0 = 100 %
	 * @param workMinutes the work, in minutes, or null when not known
	 * @param actualWorkMinutes the work done, in minutes, or null when not known
	 * @param remainingWorkMinutes the work remaining, in minutes, or null when not known
	 */
	record Assignment(long id, long version, long activityId, String activityExternalId, long resourceId,
			String resourceExternalId, BigDecimal units, Long workMinutes, Long actualWorkMinutes,
			Long remainingWorkMinutes) {
	}

}
