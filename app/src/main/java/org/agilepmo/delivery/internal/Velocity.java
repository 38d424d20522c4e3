package org.agilepmo.delivery.internal;

import java.util.List;

/**
 * A squad's velocity: the story points completed in its last {@code window} closed
 * sprints (or fewer, when it has closed fewer), with their average, lowest and highest.
 *
 * @param sprints how many sprints the figures are taken from (0: no history)
 */
public record Velocity(int sprints, double average, int min, int max) {

	public static final Velocity NONE = new Velocity(0, 0, 0, 0);

	/**
	 * @param completedOldestFirst completed points of each closed sprint, oldest first
	 * @param window how many of the most recent sprints count
	 */
	public static Velocity of(List<Integer> completedOldestFirst, int window) {
		if (window < 1) {
			throw new IllegalArgumentException("the velocity window must be at least 1 sprint");
		}
		int from = Math.max(0, completedOldestFirst.size() - window);
		List<Integer> recent = completedOldestFirst.subList(from, completedOldestFirst.size());
		if (recent.isEmpty()) {
			return NONE;
		}
		int sum = 0;
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (int points : recent) {
			sum += points;
			min = Math.min(min, points);
			max = Math.max(max, points);
		}
		return new Velocity(recent.size(), (double) sum / recent.size(), min, max);
	}

	public boolean known() {
		return this.sprints > 0;
	}

}
