package org.agilepmo.engine.risk;

import java.util.Arrays;

/**
 * A risk of the register that may happen in an iteration with {@code probability} (0..1);
 * when it happens, each of its activities takes {@code delay} more working minutes (the
 * same draw for all of them) and the project costs {@code cost} more.
 *
 * @param activities activity numbers of the network
 */
public record RiskEvent(String id, String name, double probability, int[] activities, Estimate delay, double cost) {

	public RiskEvent {
		if (!(probability >= 0 && probability <= 1)) {
			throw new IllegalArgumentException("the probability of risk " + id + " must be between 0 and 1");
		}
		activities = activities.clone();
		if (delay == null) {
			delay = Estimate.fixed(0);
		}
	}

	@Override
	public int[] activities() {
		return this.activities.clone();
	}

	int[] activitiesShared() {
		return this.activities;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RiskEvent e && this.id.equals(e.id) && this.probability == e.probability
				&& Arrays.equals(this.activities, e.activities) && this.delay.equals(e.delay) && this.cost == e.cost;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode() * 31 + Arrays.hashCode(this.activities);
	}

}
