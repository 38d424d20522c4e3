package org.agilepmo.engine.risk;

/**
 * What a risk event did over the iterations.
 *
 * @param occurred the share of iterations in which it happened
 * @param finishDelay the mean project finish in iterations where it happened minus the
 * mean where it did not, in working minutes of the project calendar
 * @param costIncrease the same for the cost
 * @param expectedDelay occurred × finishDelay: what it adds to the mean finish
 */
public record EventRisk(String id, String name, double probability, double occurred, double finishDelay,
		double costIncrease, double expectedDelay) {
}
