package org.agilepmo.engine.levelling;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;

/**
 * Levelling delays as MS Project keeps them, and the dates they give. An activity's
 * levelling delay is clock time counted from the start its predecessors allow
 * <em>after</em> their own levelling, not from its unlevelled start: a successor that
 * follows a delayed predecessor moves with it and has no delay of its own. A forward pass
 * in link order therefore turns delays into dates ({@link #dates}) and dates into delays
 * ({@link #delays}); the two are inverse on a levelled schedule. The unlevelled
 * schedule's start is the lower bound from everything else (project start, constraints,
 * links to summaries); started, finished and manual activities and summaries never move.
 */
public final class LevellingDelays {

	/** Levelled starts and finishes per activity (summaries keep the schedule's). */
	public record Dates(LocalDateTime[] starts, LocalDateTime[] finishes) {
	}

	private LevellingDelays() {
	}

	/** The dates of a schedule levelled by these delays (clock minutes per activity). */
	public static Dates dates(Network network, Schedule schedule, long[] delayMinutes) {
		int n = network.activityCount();
		LocalDateTime[] starts = new LocalDateTime[n];
		LocalDateTime[] finishes = new LocalDateTime[n];
		List<List<Integer>> incoming = incoming(network);
		for (int i : order(network, incoming)) {
			LocalDateTime earliest = earliest(network, schedule, incoming.get(i), starts, finishes, i);
			long delay = movable(network, i) ? Math.max(0, delayMinutes[i]) : 0;
			place(network, schedule, i, earliest, delay, starts, finishes);
		}
		return new Dates(starts, finishes);
	}

	/**
	 * The delays that give these levelled starts (null or the schedule's start for an
	 * activity that did not move): each the clock minutes between the start its levelled
	 * predecessors allow and its levelled start, never negative.
	 */
	public static long[] delays(Network network, Schedule schedule, LocalDateTime[] levelledStarts) {
		int n = network.activityCount();
		long[] delays = new long[n];
		LocalDateTime[] starts = new LocalDateTime[n];
		LocalDateTime[] finishes = new LocalDateTime[n];
		List<List<Integer>> incoming = incoming(network);
		for (int i : order(network, incoming)) {
			LocalDateTime earliest = earliest(network, schedule, incoming.get(i), starts, finishes, i);
			LocalDateTime wanted = levelledStarts[i];
			long delay = 0;
			if (movable(network, i) && wanted != null && wanted.isAfter(earliest)) {
				delay = ChronoUnit.MINUTES.between(earliest, wanted);
			}
			delays[i] = delay;
			place(network, schedule, i, earliest, delay, starts, finishes);
		}
		return delays;
	}

	private static boolean movable(Network n, int i) {
		return n.kind(i) != ActivityKind.SUMMARY && !n.isStarted(i) && !n.isFinished(i) && !n.isManual(i)
				&& !n.isLevelOfEffort(i);
	}

	private static void place(Network n, Schedule schedule, int i, LocalDateTime earliest, long delay,
			LocalDateTime[] starts, LocalDateTime[] finishes) {
		if (!movable(n, i) || (delay == 0 && earliest.equals(schedule.start(i)))) {
			starts[i] = schedule.start(i);
			finishes[i] = schedule.finish(i);
			return;
		}
		WorkCalendar c = schedule.calendar(i);
		LocalDateTime start = earliest.plusMinutes(delay);
		int work = n.durationMinutes(i);
		if (work > 0) {
			start = c.nextWorkStart(start);
		}
		starts[i] = start;
		finishes[i] = (work == 0) ? start : c.addWork(start, work);
	}

	/**
	 * The start that the predecessors' levelled dates allow, never before the unlevelled
	 * start.
	 */
	private static LocalDateTime earliest(Network n, Schedule schedule, List<Integer> links, LocalDateTime[] starts,
			LocalDateTime[] finishes, int j) {
		LocalDateTime earliest = schedule.start(j);
		if (!movable(n, j)) {
			return earliest;
		}
		WorkCalendar c = schedule.calendar(j);
		int work = n.durationMinutes(j);
		for (int l : links) {
			int p = n.linkPredecessor(l);
			if (starts[p].equals(schedule.start(p)) && finishes[p].equals(schedule.finish(p))) {
				// The unlevelled start already allows for a predecessor that did not
				// move.
				continue;
			}
			LinkType type = n.linkType(l);
			boolean fromStart = type == LinkType.START_START || type == LinkType.START_FINISH;
			boolean toFinish = type == LinkType.FINISH_FINISH || type == LinkType.START_FINISH;
			LocalDateTime at = fromStart ? starts[p] : finishes[p];
			int lag = n.lagMinutes(l);
			LocalDateTime bound;
			if (n.isLagElapsed(l)) {
				bound = at.plusMinutes(lag);
			}
			else if (lag >= 0) {
				bound = c.addWork(at, lag);
			}
			else {
				bound = c.subtractWork(at, -lag);
			}
			if (toFinish) {
				bound = (work == 0) ? bound : c.subtractWork(bound, work);
			}
			if (bound.isAfter(earliest)) {
				earliest = bound;
			}
		}
		return earliest;
	}

	/** Links between activities that are not summaries, by successor. */
	private static List<List<Integer>> incoming(Network n) {
		int count = n.activityCount();
		List<List<Integer>> in = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			in.add(new ArrayList<>(2));
		}
		for (int l = 0; l < n.linkCount(); l++) {
			int p = n.linkPredecessor(l);
			int q = n.linkSuccessor(l);
			if (n.kind(p) != ActivityKind.SUMMARY && n.kind(q) != ActivityKind.SUMMARY) {
				in.get(q).add(l);
			}
		}
		return in;
	}

	/** Kahn's order of the activities over those links (the schedule has no loop). */
	private static int[] order(Network n, List<List<Integer>> incoming) {
		int count = n.activityCount();
		int[] pending = new int[count];
		List<List<Integer>> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(new ArrayList<>(2));
		}
		for (int q = 0; q < count; q++) {
			for (int l : incoming.get(q)) {
				out.get(n.linkPredecessor(l)).add(q);
				pending[q]++;
			}
		}
		int[] order = new int[count];
		int head = 0;
		int tail = 0;
		for (int i = 0; i < count; i++) {
			if (pending[i] == 0) {
				order[tail++] = i;
			}
		}
		while (head < tail) {
			int p = order[head++];
			for (int q : out.get(p)) {
				if (--pending[q] == 0) {
					order[tail++] = q;
				}
			}
		}
		if (tail != count) {
			throw new IllegalArgumentException("the links form a loop");
		}
		return order;
	}

}
