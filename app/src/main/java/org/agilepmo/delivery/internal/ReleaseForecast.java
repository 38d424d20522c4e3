package org.agilepmo.delivery.internal;

import java.time.LocalDate;

/**
 * When a release's remaining points will be done, as a range: the earliest date at the
 * squad's best recent velocity, the likely date at its average, and the latest at its
 * worst. Each date is the last day of the sprint in which the work would be finished.
 * Without velocity there is no forecast; with a worst sprint of zero points there is no
 * latest date.
 */
public record ReleaseForecast(int remainingPoints, Integer sprintsBest, Integer sprintsLikely, Integer sprintsWorst,
		LocalDate earliest, LocalDate likely, LocalDate latest) {

	/**
	 * @param nextSprintStart the first day of the first sprint that can take the work
	 * @param sprintLengthDays calendar days per sprint
	 */
	public static ReleaseForecast of(int remainingPoints, Velocity velocity, LocalDate nextSprintStart,
			int sprintLengthDays) {
		if (remainingPoints < 0 || sprintLengthDays < 1) {
			throw new IllegalArgumentException("remaining points and sprint length must be positive");
		}
		if (remainingPoints == 0) {
			return new ReleaseForecast(0, 0, 0, 0, nextSprintStart, nextSprintStart, nextSprintStart);
		}
		if (!velocity.known() || velocity.max() == 0) {
			return new ReleaseForecast(remainingPoints, null, null, null, null, null, null);
		}
		Integer best = sprintsAt(remainingPoints, velocity.max());
		Integer likely = sprintsAt(remainingPoints, velocity.average());
		Integer worst = (velocity.min() == 0) ? null : sprintsAt(remainingPoints, velocity.min());
		return new ReleaseForecast(remainingPoints, best, likely, worst, endOf(nextSprintStart, best, sprintLengthDays),
				endOf(nextSprintStart, likely, sprintLengthDays), endOf(nextSprintStart, worst, sprintLengthDays));
	}

	private static Integer sprintsAt(int remaining, double pointsPerSprint) {
		return (int) Math.ceil(remaining / pointsPerSprint);
	}

	private static LocalDate endOf(LocalDate start, Integer sprints, int length) {
		return (sprints == null) ? null : start.plusDays((long) sprints * length - 1);
	}

}
