package org.agilepmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.agilepmo.engine.calendar.WorkCalendar;

/**
 * The result of {@link CriticalPath#schedule}: dates, floats and the longest path, read
 * by activity number (as returned by {@link Network.Builder}) or by id. Dates come as
 * {@link LocalDateTime} and as working minutes on the project calendar since the project
 * start ({@code ...Offset} methods). Summary activities carry their children's roll-up.
 */
public final class Schedule {

	private static final int NONE = Network.NONE;

	private static final byte ALAP = (byte) ConstraintType.AS_LATE_AS_POSSIBLE.ordinal();

	private static final byte SUMMARY = (byte) ActivityKind.SUMMARY.ordinal();

	private final Network net;

	private final WorkCalendar projectCalendar;

	private final WorkCalendar[] calendars;

	private final int projectStart;

	private final int projectFinish;

	private final int[] es;

	private final int[] ef;

	private final int[] ls;

	private final int[] lf;

	private final int[] remaining;

	private final int[] drivingPredecessor;

	private final int[] totalFloat;

	private final int[] freeFloat;

	private final int[] work;

	private final int[] percentComplete;

	private final List<ConstraintViolation> violations;

	private final List<DeadlineMiss> deadlineMisses;

	private final int[] longestPath;

	private final BitSet finishedSummaries = new BitSet();

	Schedule(Network net, WorkCalendar projectCalendar, WorkCalendar[] calendars, int projectStart, int projectFinish,
			int[] es, int[] ef, int[] ls, int[] lf, int[] remaining, int[] drivingPredecessor, int[] totalFloat,
			int[] freeFloat, List<ConstraintViolation> violations, int scheduled) {
		this.net = net;
		this.projectCalendar = projectCalendar;
		this.calendars = calendars;
		this.projectStart = projectStart;
		this.projectFinish = projectFinish;
		this.es = es;
		this.ef = ef;
		this.ls = ls;
		this.lf = lf;
		this.remaining = remaining;
		this.drivingPredecessor = drivingPredecessor;
		this.freeFloat = freeFloat;
		this.violations = violations;
		int n = net.count;
		this.totalFloat = totalFloat;
		boolean summaries = false;
		for (int i = 0; i < n && !summaries; i++) {
			summaries = net.kind[i] == SUMMARY;
		}
		this.work = summaries ? net.duration.clone() : net.duration;
		this.percentComplete = summaries ? net.percentComplete.clone() : net.percentComplete;
		List<DeadlineMiss> misses = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (net.kind[i] == SUMMARY) {
				continue;
			}
			if (net.deadline[i] != NONE && ef[i] > net.deadline[i]) {
				WorkCalendar c = calendar(i);
				int late = c.workIndex(ef[i]) - c.workIndex(net.deadline[i]);
				if (late > 0) {
					misses.add(new DeadlineMiss(net.ids[i], WorkCalendar.dateTimeOf(net.deadline[i]),
							WorkCalendar.dateTimeOf(ef[i]), late));
				}
			}
		}
		this.deadlineMisses = List.copyOf(misses);
		rollUp();
		this.longestPath = (scheduled == 0) ? new int[0] : traceLongestPath();
	}

	/**
	 * Summaries take the earliest start and latest finish of their children, deepest
	 * summaries first, the duration-weighted percent complete, and the least total float
	 * of their unfinished children.
	 */
	private void rollUp() {
		Network n = this.net;
		int[] summaries = new int[n.count];
		int[] depth = new int[n.count];
		int count = 0;
		for (int i = 0; i < n.count; i++) {
			if (n.kind[i] == SUMMARY) {
				for (int p = n.parent[i]; p >= 0; p = n.parent[p]) {
					depth[i]++;
				}
				summaries[count++] = i;
				this.es[i] = Integer.MAX_VALUE;
				this.ls[i] = Integer.MAX_VALUE;
				this.ef[i] = Integer.MIN_VALUE;
				this.lf[i] = Integer.MIN_VALUE;
				this.totalFloat[i] = Integer.MAX_VALUE;
			}
		}
		if (count == 0) {
			return;
		}
		long[] done = new long[n.count];
		int[] deepestFirst = Arrays.stream(Arrays.copyOf(summaries, count))
			.boxed()
			.sorted((a, b) -> Integer.compare(depth[b], depth[a]))
			.mapToInt(Integer::intValue)
			.toArray();
		int[] childStart = new int[n.count];
		int[] childFinish = new int[n.count];
		for (int i = 0; i < n.count; i++) {
			if (n.kind[i] != SUMMARY) {
				childStart[i] = (n.constraint[i] == ALAP) ? this.ls[i] : this.es[i];
				childFinish[i] = (n.constraint[i] == ALAP) ? this.lf[i] : this.ef[i];
				done[i] = (long) n.duration[i] * n.percentComplete[i];
			}
		}
		for (int i = 0; i < n.count; i++) {
			if (n.kind[i] != SUMMARY) {
				addToParent(i, childStart, childFinish, done);
			}
		}
		for (int s : deepestFirst) {
			if (this.es[s] == Integer.MAX_VALUE) {
				int start = this.projectCalendar.nextWorkStart(this.projectStart);
				this.es[s] = start;
				this.ef[s] = start;
				this.ls[s] = start;
				this.lf[s] = start;
			}
			childStart[s] = this.es[s];
			childFinish[s] = this.ef[s];
			this.percentComplete[s] = (this.work[s] == 0) ? 0 : (int) (done[s] / this.work[s]);
			addToParent(s, childStart, childFinish, done);
		}
		for (int s : deepestFirst) {
			if (this.totalFloat[s] == Integer.MAX_VALUE) {
				this.totalFloat[s] = 0;
				this.finishedSummaries.set(s);
			}
		}
	}

	private void addToParent(int i, int[] childStart, int[] childFinish, long[] done) {
		int p = this.net.parent[i];
		if (p < 0) {
			return;
		}
		this.es[p] = Math.min(this.es[p], childStart[i]);
		this.ef[p] = Math.max(this.ef[p], childFinish[i]);
		this.ls[p] = Math.min(this.ls[p], this.ls[i]);
		this.lf[p] = Math.max(this.lf[p], this.lf[i]);
		this.work[p] += this.work[i];
		done[p] += done[i];
		if (this.net.actualFinish[i] == NONE) {
			this.totalFloat[p] = Math.min(this.totalFloat[p], this.totalFloat[i]);
		}
	}

	/**
	 * Of two activities finishing last, prefer one without successors, then the least
	 * float.
	 */
	private boolean endsBefore(int chosen, int other) {
		boolean chosenEnds = this.net.succFirst[chosen] == this.net.succFirst[chosen + 1];
		boolean otherEnds = this.net.succFirst[other] == this.net.succFirst[other + 1];
		if (chosenEnds != otherEnds) {
			return otherEnds;
		}
		return this.totalFloat[other] < this.totalFloat[chosen];
	}

	/** Follows driving predecessors back from the activity that finishes last. */
	private int[] traceLongestPath() {
		Network n = this.net;
		int end = -1;
		for (int i = 0; i < n.count; i++) {
			if (n.kind[i] != SUMMARY && !n.levelOfEffort[i] && this.ef[i] == this.projectFinish
					&& (end < 0 || endsBefore(end, i))) {
				end = i;
			}
		}
		if (end < 0) {
			return new int[0];
		}
		int[] path = new int[16];
		int length = 0;
		boolean[] seen = new boolean[n.count];
		for (int i = end; i >= 0 && !seen[i]; i = this.drivingPredecessor[i]) {
			seen[i] = true;
			if (length == path.length) {
				path = Arrays.copyOf(path, length * 2);
			}
			path[length++] = i;
		}
		int[] forward = new int[length];
		for (int k = 0; k < length; k++) {
			forward[k] = path[length - 1 - k];
		}
		return forward;
	}

	public Network network() {
		return this.net;
	}

	public int activityCount() {
		return this.net.count;
	}

	public LocalDateTime projectStart() {
		return this.net.projectStart;
	}

	/**
	 * The start the schedule ran from: the project start, the data date under P6's rules
	 * when later, the earliest late start of a project scheduled from its finish.
	 */
	public LocalDateTime scheduledStart() {
		return WorkCalendar.dateTimeOf(this.projectStart);
	}

	/** The latest early finish of all activities. */
	public LocalDateTime projectFinish() {
		return WorkCalendar.dateTimeOf(this.projectFinish);
	}

	/** The calendar activity {@code i} is scheduled on. */
	public WorkCalendar calendar(int i) {
		int c = this.net.calendar[i];
		return (c < 0) ? this.projectCalendar : this.calendars[c];
	}

	public LocalDateTime earlyStart(int i) {
		return WorkCalendar.dateTimeOf(this.es[i]);
	}

	public LocalDateTime earlyFinish(int i) {
		return WorkCalendar.dateTimeOf(this.ef[i]);
	}

	public LocalDateTime lateStart(int i) {
		return WorkCalendar.dateTimeOf(this.ls[i]);
	}

	public LocalDateTime lateFinish(int i) {
		return WorkCalendar.dateTimeOf(this.lf[i]);
	}

	/**
	 * The planned start: the actual start, else the late start if as late as possible,
	 * else the early start.
	 */
	public LocalDateTime start(int i) {
		return WorkCalendar.dateTimeOf(startMinute(i));
	}

	public LocalDateTime finish(int i) {
		return WorkCalendar.dateTimeOf(finishMinute(i));
	}

	int startMinute(int i) {
		if (this.net.actualStart[i] != NONE) {
			return this.net.actualStart[i];
		}
		return (this.net.constraint[i] == ALAP) ? this.ls[i] : this.es[i];
	}

	int finishMinute(int i) {
		if (this.net.actualFinish[i] != NONE) {
			return this.net.actualFinish[i];
		}
		return (this.net.constraint[i] == ALAP && this.net.kind[i] != SUMMARY) ? this.lf[i] : this.ef[i];
	}

	public int earlyStartOffset(int i) {
		return offset(this.es[i]);
	}

	public int earlyFinishOffset(int i) {
		return offset(this.ef[i]);
	}

	public int lateStartOffset(int i) {
		return offset(this.ls[i]);
	}

	public int lateFinishOffset(int i) {
		return offset(this.lf[i]);
	}

	private int offset(int minute) {
		return this.projectCalendar.workIndex(minute) - this.projectCalendar.workIndex(this.projectStart);
	}

	/**
	 * Working minutes the activity can slip without moving the project finish or breaking
	 * a constraint.
	 */
	public int totalFloat(int i) {
		return this.totalFloat[i];
	}

	public int freeFloat(int i) {
		return this.freeFloat[i];
	}

	/**
	 * Total float of zero or less, for an activity not yet finished; a level-of-effort
	 * activity never is (its dates follow the others', it drives none).
	 */
	public boolean isCritical(int i) {
		return this.totalFloat[i] <= 0 && this.net.actualFinish[i] == NONE && !this.finishedSummaries.get(i)
				&& !this.net.levelOfEffort[i];
	}

	/** The working minutes still to do, the whole duration if not started. */
	public int remainingMinutes(int i) {
		return this.remaining[i];
	}

	/** The duration, or for a summary the sum of its children's. */
	public int workMinutes(int i) {
		return this.work[i];
	}

	public int percentComplete(int i) {
		return this.percentComplete[i];
	}

	/**
	 * Whether activity {@code i} of this schedule has the same dates, floats, criticality
	 * and driving predecessor as activity {@code j} of the other: what a caller that
	 * keeps the previous result of an edited plan needs to reuse its rows without
	 * converting every date again.
	 */
	public boolean sameResult(int i, Schedule other, int j) {
		return this.es[i] == other.es[j] && this.ef[i] == other.ef[j] && this.ls[i] == other.ls[j]
				&& this.lf[i] == other.lf[j] && startMinute(i) == other.startMinute(j)
				&& finishMinute(i) == other.finishMinute(j) && this.totalFloat[i] == other.totalFloat[j]
				&& this.freeFloat[i] == other.freeFloat[j] && isCritical(i) == other.isCritical(j)
				&& this.drivingPredecessor[i] == other.drivingPredecessor[j];
	}

	/** The predecessor whose link sets the early start, or -1. */
	public int drivingPredecessor(int i) {
		return this.drivingPredecessor[i];
	}

	/** Activity numbers of the longest path, first to last. */
	public int[] longestPathIndexes() {
		return this.longestPath.clone();
	}

	/** Ids of the longest path, first to last. */
	public List<String> longestPath() {
		List<String> ids = new ArrayList<>(this.longestPath.length);
		for (int i : this.longestPath) {
			ids.add(this.net.ids[i]);
		}
		return ids;
	}

	public List<ConstraintViolation> constraintViolations() {
		return this.violations;
	}

	public List<DeadlineMiss> deadlineMisses() {
		return this.deadlineMisses;
	}

	public ActivityResult activity(int i) {
		int d = drivingPredecessor(i);
		int duration = (this.net.kind[i] == SUMMARY)
				? calendar(i).workIndex(this.ef[i]) - calendar(i).workIndex(this.es[i]) : this.net.duration[i];
		return new ActivityResult(this.net.ids[i], this.net.names[i], this.net.kind(i), earlyStart(i), earlyFinish(i),
				lateStart(i), lateFinish(i), start(i), finish(i), duration, this.totalFloat[i], this.freeFloat[i],
				isCritical(i), (d < 0) ? null : this.net.ids[d]);
	}

	/** The activity with {@code id}; throws if there is none. */
	public ActivityResult activity(String id) {
		int i = this.net.indexOf(id);
		if (i < 0) {
			throw new IllegalArgumentException("no activity " + id);
		}
		return activity(i);
	}

	public List<ActivityResult> activities() {
		List<ActivityResult> all = new ArrayList<>(this.net.count);
		for (int i = 0; i < this.net.count; i++) {
			all.add(activity(i));
		}
		return all;
	}

}
