package org.agilepmo.engine.risk;

/**
 * What the simulation found for one activity.
 *
 * @param criticality the share of iterations in which it was critical
 * @param correlation the rank correlation of its duration with the project finish
 * (Spearman; 0 for an activity whose duration does not vary or that was never critical)
 * @param cruciality criticality × correlation, the duration cruciality of Williams,
 * "Criticality in stochastic networks", 1992: how much of the finish's spread it drives
 */
public record ActivityRisk(int activity, String id, String name, double criticality, double correlation,
		double cruciality) {
}
