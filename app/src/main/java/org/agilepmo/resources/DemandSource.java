package org.agilepmo.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Demand recorded by another module that counts against people's capacity, such as a
 * plan's activity assignments. A module publishes a bean of this type; the capacity
 * figures add its demand to the allocations the resources module holds, and show it only
 * to readers who may see its project.
 */
public interface DemandSource {

	/** The demand that overlaps the days from {@code first} to {@code last}. */
	List<Demand> demandBetween(LocalDate first, LocalDate last);

	/**
	 * Work asked of a person, or of a generic role when no person is named, on one
	 * project between two days, spread evenly over the working days of the resource's
	 * pattern.
	 *
	 * @param personId the person assigned, or {@code null} for a generic role
	 * @param roleCode the generic role's skill code when no person is named, or
	 * {@code null}
	 * @param projectId the project whose access rule the demand follows
	 * @param first the first day
	 * @param last the last day
	 * @param work the hours of work in the period
	 * @param label what the demand is in people's words (the activity's name)
	 */
	record Demand(Long personId, String roleCode, long projectId, LocalDate first, LocalDate last, BigDecimal work,
			String label) {
	}

}
