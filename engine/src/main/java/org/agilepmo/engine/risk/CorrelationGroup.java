package org.agilepmo.engine.risk;

/**
 * Activities whose durations move together: every pair has the rank correlation
 * {@code coefficient} (−1..1; 1 makes them rise and fall as one). The samples are
 * rearranged to it by the method of Iman and Conover (1982).
 *
 * @param activities activity numbers of the network, each in at most one group
 */
public record CorrelationGroup(String name, int[] activities, double coefficient) {

	public CorrelationGroup {
		activities = activities.clone();
		if (activities.length < 2) {
			throw new IllegalArgumentException("correlation group " + name + " needs at least two activities");
		}
		if (!(coefficient <= 1 && coefficient > -1.0 / (activities.length - 1))) {
			throw new IllegalArgumentException("correlation group " + name + " of " + activities.length
					+ " activities needs a coefficient above " + (-1.0 / (activities.length - 1)) + " and at most 1");
		}
	}

	@Override
	public int[] activities() {
		return this.activities.clone();
	}

}
