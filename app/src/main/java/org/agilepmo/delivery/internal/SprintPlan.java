package org.agilepmo.delivery.internal;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A sprint's commitment against what the squad can do: the capacity in person-days from
 * each member's availability, and a warning when the committed points exceed the squad's
 * recent average velocity.
 */
public record SprintPlan(int committedPoints, BigDecimal capacityDays, Velocity velocity, boolean overCommitted) {

	public static SprintPlan of(int committedPoints, Collection<BigDecimal> availabilityDays, Velocity velocity) {
		BigDecimal capacity = BigDecimal.ZERO;
		for (BigDecimal days : availabilityDays) {
			if (days.signum() < 0) {
				throw new IllegalArgumentException("availability cannot be negative");
			}
			capacity = capacity.add(days);
		}
		boolean over = velocity.known() && committedPoints > velocity.average();
		return new SprintPlan(committedPoints, capacity, velocity, over);
	}

}
