package org.agilepmo.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Burndown and burnup of one sprint, day by day: at the end of each day, the points in
 * the sprint's scope, the points done, and the points remaining, next to the ideal line
 * from the first day's scope down to zero on the last day.
 */
public final class SprintBurn {

	private SprintBurn() {
	}

	public record Day(LocalDate day, int scope, int done, int remaining, double ideal) {

	}

	/**
	 * @param states the log of every item that was ever in the sprint
	 * @param closedAt when the sprint was closed ({@code null} while open): later states
	 * (the carry-over) do not count
	 * @param today days after today are not reported
	 */
	public static List<Day> series(List<ItemState> states, long sprintId, LocalDate start, LocalDate end,
			Instant closedAt, LocalDate today, ZoneId zone) {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("the sprint ends before it starts");
		}
		Replay replay = new Replay(states);
		LocalDate last = end.isAfter(today) ? today : end;
		long length = end.toEpochDay() - start.toEpochDay();
		List<Day> days = new ArrayList<>();
		double firstScope = 0;
		for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(1)) {
			Instant moment = d.plusDays(1).atStartOfDay(zone).toInstant();
			if (closedAt != null && closedAt.isBefore(moment)) {
				moment = closedAt;
			}
			int scope = 0;
			int done = 0;
			for (ItemState s : replay.before(moment)) {
				if (s.sprintId() != null && s.sprintId() == sprintId) {
					scope += s.points();
					if (s.category() == Category.DONE) {
						done += s.points();
					}
				}
			}
			if (days.isEmpty()) {
				firstScope = scope;
			}
			long index = d.toEpochDay() - start.toEpochDay();
			double ideal = (length == 0) ? 0 : firstScope * (1.0 - (double) index / length);
			days.add(new Day(d, scope, done, scope - done, Math.round(ideal * 10) / 10.0));
		}
		return days;
	}

}
