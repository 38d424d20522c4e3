package org.agilepmo.delivery.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Burndown and burnup of one sprint, day by day: at the end of each day, the points in
 * the sprint's scope, the points done, and the points remaining, next to the ideal line
 * from the points committed at the sprint's start down to zero on its last day, falling
 * on working days (Monday to Friday) only.
 */
public final class SprintBurn {

	private SprintBurn() {
	}

	public record Day(LocalDate day, int scope, int done, int remaining, double ideal) {

	}

	/**
	 * The series with the ideal line starting from the first reported day's scope.
	 * @param states the log of every item that was ever in the sprint
	 * @param closedAt when the sprint was closed ({@code null} while open): later states
	 * (the carry-over) do not count
	 * @param today days after today are not reported
	 */
	public static List<Day> series(List<ItemState> states, long sprintId, LocalDate start, LocalDate end,
			Instant closedAt, LocalDate today, ZoneId zone) {
		return series(states, sprintId, start, end, closedAt, today, zone, null);
	}

	/**
	 * The series with the ideal line starting from the scope at {@code committedAt} (the
	 * sprint's start; for a sprint not started yet, now), or from the first reported
	 * day's scope when {@code null}.
	 */
	public static List<Day> series(List<ItemState> states, long sprintId, LocalDate start, LocalDate end,
			Instant closedAt, LocalDate today, ZoneId zone, Instant committedAt) {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("the sprint ends before it starts");
		}
		Replay replay = new Replay(states);
		LocalDate last = end.isAfter(today) ? today : end;
		List<int[]> figures = new ArrayList<>();
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
			figures.add(new int[] { scope, done });
		}
		double from = (committedAt != null) ? scopeAt(replay, sprintId, committedAt)
				: figures.isEmpty() ? 0 : figures.get(0)[0];
		List<Double> ideal = ideal(start, end, from);
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < figures.size(); i++) {
			int[] f = figures.get(i);
			days.add(new Day(start.plusDays(i), f[0], f[1], f[0] - f[1], ideal.get(i)));
		}
		return days;
	}

	/**
	 * The points of the sprint's scope at a moment: committed at its start, or planned so
	 * far before it starts.
	 */
	public static double committed(List<ItemState> states, long sprintId, Instant at) {
		return scopeAt(new Replay(states), sprintId, at);
	}

	private static double scopeAt(Replay replay, long sprintId, Instant at) {
		int scope = 0;
		for (ItemState s : replay.before(at.plusMillis(1))) {
			if (s.sprintId() != null && s.sprintId() == sprintId) {
				scope += s.points();
			}
		}
		return scope;
	}

	/**
	 * The ideal remaining points at the end of each day from start to end: {@code from}
	 * on the first day, less an equal share on each later working day, zero on the last
	 * day; weekends burn nothing.
	 */
	public static List<Double> ideal(LocalDate start, LocalDate end, double from) {
		int working = 0;
		for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
			working += isWorkingDay(d) ? 1 : 0;
		}
		List<Double> line = new ArrayList<>();
		int burned = 0;
		for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
			if (d.isAfter(start) && isWorkingDay(d)) {
				burned++;
			}
			double value = (working == 0) ? (d.equals(end) ? 0 : from) : from * (1.0 - (double) burned / working);
			line.add(Math.round(value * 10) / 10.0);
		}
		return line;
	}

	private static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
