package org.agilepmo.engine.levelling;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Schedule generation schemes on a {@link LevellingProblem}, with one reusable resource
 * profile (one decoder per thread).
 * <ul>
 * <li>Serial SGS (Kelley 1963; Kolisch 1996, "Serial and parallel resource-constrained
 * project scheduling methods revisited", EJOR 90): activities in list order, each at the
 * earliest period its links and the remaining capacity allow.</li>
 * <li>Parallel SGS (Kolisch 1996): time advances; at each decision time the eligible
 * activities start in priority order while they fit.</li>
 * <li>Backward serial SGS, used by forward-backward improvement (Valls, Ballestín and
 * Quintanilla 2005, "Justification and RCPSP: a technique that pays", EJOR 165): each
 * activity as late as its successors, the makespan and capacity allow.</li>
 * </ul>
 * An activity that cannot fit before its latest start, or whose demand exceeds a
 * resource's capacity in every period, is placed at its earliest start regardless of
 * resources; the excess is counted as overload (units × periods) and ranks the schedule
 * behind every schedule with less.
 */
final class Decoder {

	private final LevellingProblem p;

	private final int length;

	private final int[] avail;

	final int[] start;

	final int[] finish;

	private final boolean[] placed;

	long overload;

	int makespan;

	long weightedStarts;

	long schedules;

	/** Scratch for orders and parallel SGS. */
	private final int[] eligible;

	private final int[] predsLeft;

	private final int[] notBefore;

	private final int[] heap;

	Decoder(LevellingProblem p) {
		this.p = p;
		this.length = p.length;
		this.avail = new int[p.capacity.length];
		this.start = new int[p.n];
		this.finish = new int[p.n];
		this.placed = new boolean[p.n];
		this.eligible = new int[p.n];
		this.predsLeft = new int[p.n];
		this.notBefore = new int[p.n];
		this.heap = new int[p.n];
	}

	private void reset() {
		this.schedules++;
		System.arraycopy(this.p.capacity, 0, this.avail, 0, this.avail.length);
		Arrays.fill(this.placed, false);
		this.overload = 0;
		this.makespan = 0;
		this.weightedStarts = 0;
		for (int i = 0; i < this.p.n; i++) {
			if (this.p.fixedStart[i] >= 0) {
				place(i, this.p.fixedStart[i]);
			}
		}
	}

	/** The serial SGS on a precedence-feasible activity list. */
	void serial(int[] order) {
		reset();
		for (int j : order) {
			if (!this.placed[j]) {
				forward(j);
			}
		}
	}

	private void forward(int j) {
		int es = earliestStart(j);
		int d = this.p.duration[j];
		if (d == 0 || this.p.unfit[j] || this.p.demandFirst[j] == this.p.demandFirst[j + 1]) {
			place(j, es);
			return;
		}
		int c = this.p.calendar[j];
		int ls = this.p.latestStart[j];
		int s = es;
		while (s <= ls && this.p.finishOf(j, s) < this.length) {
			int conflict = conflict(j, s, true);
			if (conflict < 0) {
				place(j, s);
				return;
			}
			s = this.p.nextWorking(c, conflict + 1);
		}
		place(j, es);
	}

	int earliestStart(int j) {
		int c = this.p.calendar[j];
		int d = this.p.duration[j];
		long lo = this.p.w(c, this.p.release[j]);
		for (int q = this.p.predFirst[j]; q < this.p.predFirst[j + 1]; q++) {
			int i = this.p.predFrom[q];
			int type = this.p.predType[q];
			int x = (type == LevellingProblem.FS || type == LevellingProblem.FF) ? this.finish[i] : this.start[i];
			long v = (long) this.p.w(c, x) + this.p.predLag[q]
					- ((type == LevellingProblem.FF || type == LevellingProblem.SF) ? d : 0);
			if (v > lo) {
				lo = v;
			}
		}
		return this.p.at(c, (int) Math.max(0, lo));
	}

	/**
	 * A period of j's window from s where some resource is short, the latest one if
	 * {@code latest}, else the earliest; -1 if j fits.
	 */
	private int conflict(int j, int s, boolean latest) {
		int d = this.p.duration[j];
		int c = this.p.calendar[j];
		int w0 = this.p.w(c, s);
		int from = this.p.demandFirst[j];
		int to = this.p.demandFirst[j + 1];
		for (int step = 0; step < d; step++) {
			int t = this.p.at(c, latest ? w0 + d - 1 - step : w0 + step);
			for (int q = from; q < to; q++) {
				if (this.avail[this.p.demandResource[q] * this.length + t] < this.p.demandAmount[q]) {
					return t;
				}
			}
		}
		return -1;
	}

	private void place(int j, int s) {
		int d = this.p.duration[j];
		int c = this.p.calendar[j];
		this.start[j] = s;
		int f = this.p.finishOf(j, s);
		this.finish[j] = f;
		this.placed[j] = true;
		if (f > this.makespan) {
			this.makespan = f;
		}
		this.weightedStarts += (long) s * (1 + this.p.priority[j] / 100);
		int from = this.p.demandFirst[j];
		int to = this.p.demandFirst[j + 1];
		if (from == to) {
			return;
		}
		int w0 = this.p.w(c, s);
		for (int step = 0; step < d; step++) {
			int t = this.p.at(c, w0 + step);
			if (t >= this.length) {
				continue;
			}
			for (int q = from; q < to; q++) {
				int cell = this.p.demandResource[q] * this.length + t;
				int before = this.avail[cell];
				int after = before - this.p.demandAmount[q];
				this.avail[cell] = after;
				if (after < 0) {
					this.overload += Math.min(-after, this.p.demandAmount[q]);
				}
			}
		}
	}

	/**
	 * The parallel SGS with priorities {@code key} (lower first, ties by activity
	 * number).
	 */
	void parallel(double[] key) {
		reset();
		int n = this.p.n;
		int size = 0;
		int left = 0;
		for (int i = 0; i < n; i++) {
			int count = 0;
			for (int q = this.p.predFirst[i]; q < this.p.predFirst[i + 1]; q++) {
				if (!this.placed[this.p.predFrom[q]]) {
					count++;
				}
			}
			this.predsLeft[i] = count;
			if (!this.placed[i]) {
				left++;
			}
		}
		for (int i = 0; i < n; i++) {
			if (!this.placed[i] && this.predsLeft[i] == 0) {
				this.eligible[size++] = i;
				this.notBefore[i] = earliestStart(i);
			}
		}
		int t = Integer.MAX_VALUE;
		for (int e = 0; e < size; e++) {
			t = Math.min(t, this.notBefore[this.eligible[e]]);
		}
		while (left > 0) {
			int best = -1;
			int at = -1;
			for (int e = 0; e < size; e++) {
				int j = this.eligible[e];
				if (this.notBefore[j] <= t && (best < 0 || key[j] < key[best] || (key[j] == key[best] && j < best))) {
					best = j;
					at = e;
				}
			}
			if (best < 0) {
				t = Integer.MAX_VALUE;
				for (int e = 0; e < size; e++) {
					t = Math.min(t, this.notBefore[this.eligible[e]]);
				}
				continue;
			}
			int j = best;
			int c = this.p.calendar[j];
			int s = Math.max(t, this.notBefore[j]);
			boolean go;
			if (!this.p.works(j, s) && this.p.duration[j] > 0) {
				this.notBefore[j] = this.p.nextWorking(c, s);
				continue;
			}
			if (this.p.duration[j] == 0 || this.p.unfit[j] || this.p.demandFirst[j] == this.p.demandFirst[j + 1]) {
				go = true;
			}
			else {
				int conflict = conflict(j, s, true);
				if (conflict < 0) {
					go = true;
				}
				else {
					int next = this.p.nextWorking(c, conflict + 1);
					if (next > this.p.latestStart[j] || this.p.finishOf(j, next) >= this.length) {
						s = earliestStart(j);
						go = true;
					}
					else {
						this.notBefore[j] = next;
						go = false;
					}
				}
			}
			if (!go) {
				continue;
			}
			place(j, s);
			left--;
			this.eligible[at] = this.eligible[--size];
			for (int q = this.p.succFirst[j]; q < this.p.succFirst[j + 1]; q++) {
				int k = this.p.succTo[q];
				if (--this.predsLeft[k] == 0 && !this.placed[k]) {
					this.eligible[size++] = k;
					this.notBefore[k] = earliestStart(k);
				}
			}
		}
	}

	/**
	 * A precedence-feasible order: among the activities whose predecessors are all
	 * ordered, the one with the lowest key first (a binary heap; ties by number).
	 */
	int[] order(double[] key) {
		int n = this.p.n;
		int[] out = new int[n];
		int size = 0;
		for (int i = 0; i < n; i++) {
			this.predsLeft[i] = this.p.predFirst[i + 1] - this.p.predFirst[i];
			if (this.predsLeft[i] == 0) {
				size = push(size, i, key);
			}
		}
		int count = 0;
		while (size > 0) {
			int j = this.heap[0];
			this.heap[0] = this.heap[--size];
			siftDown(0, size, key);
			out[count++] = j;
			for (int q = this.p.succFirst[j]; q < this.p.succFirst[j + 1]; q++) {
				int k = this.p.succTo[q];
				if (--this.predsLeft[k] == 0) {
					size = push(size, k, key);
				}
			}
		}
		return out;
	}

	/**
	 * Regret-based biased random sampling (Drexl 1991; Kolisch 1996): the next activity
	 * is drawn among the eligible ones with weight (max key − key + 1).
	 */
	int[] sample(double[] key, SplittableRandom random) {
		int n = this.p.n;
		int[] out = new int[n];
		int size = 0;
		for (int i = 0; i < n; i++) {
			this.predsLeft[i] = this.p.predFirst[i + 1] - this.p.predFirst[i];
			if (this.predsLeft[i] == 0) {
				this.eligible[size++] = i;
			}
		}
		for (int count = 0; count < n; count++) {
			double max = Double.NEGATIVE_INFINITY;
			for (int e = 0; e < size; e++) {
				max = Math.max(max, key[this.eligible[e]]);
			}
			double total = 0;
			for (int e = 0; e < size; e++) {
				total += max - key[this.eligible[e]] + 1;
			}
			double r = random.nextDouble() * total;
			int pick = size - 1;
			for (int e = 0; e < size; e++) {
				r -= max - key[this.eligible[e]] + 1;
				if (r < 0) {
					pick = e;
					break;
				}
			}
			int j = this.eligible[pick];
			this.eligible[pick] = this.eligible[--size];
			out[count] = j;
			for (int q = this.p.succFirst[j]; q < this.p.succFirst[j + 1]; q++) {
				int k = this.p.succTo[q];
				if (--this.predsLeft[k] == 0) {
					this.eligible[size++] = k;
				}
			}
		}
		return out;
	}

	private int push(int size, int i, double[] key) {
		int at = size++;
		this.heap[at] = i;
		while (at > 0) {
			int parent = (at - 1) / 2;
			if (!less(this.heap[at], this.heap[parent], key)) {
				break;
			}
			int tmp = this.heap[at];
			this.heap[at] = this.heap[parent];
			this.heap[parent] = tmp;
			at = parent;
		}
		return size;
	}

	private void siftDown(int at, int size, double[] key) {
		while (true) {
			int l = 2 * at + 1;
			if (l >= size) {
				return;
			}
			int m = (l + 1 < size && less(this.heap[l + 1], this.heap[l], key)) ? l + 1 : l;
			if (!less(this.heap[m], this.heap[at], key)) {
				return;
			}
			int tmp = this.heap[at];
			this.heap[at] = this.heap[m];
			this.heap[m] = tmp;
			at = m;
		}
	}

	private static boolean less(int a, int b, double[] key) {
		return key[a] < key[b] || (key[a] == key[b] && a < b);
	}

	/**
	 * Right-justifies the current schedule against its makespan (backward serial SGS in
	 * order of decreasing finish). Returns the justified starts, or null if a release
	 * date would be broken (then nothing is gained).
	 */
	int[] backward() {
		int n = this.p.n;
		int horizonEnd = this.makespan;
		double[] key = new double[n];
		for (int i = 0; i < n; i++) {
			key[i] = -this.finish[i] - this.start[i] * 1e-6;
		}
		int[] order = reverseOrder(key);
		reset();
		for (int i : order) {
			if (this.placed[i]) {
				continue;
			}
			int s = latestStart(i, horizonEnd);
			if (s < 0) {
				return null;
			}
			int lo = this.p.nextWorking(this.p.calendar[i], this.p.release[i]);
			int d = this.p.duration[i];
			boolean needsResources = d > 0 && !this.p.unfit[i] && this.p.demandFirst[i] != this.p.demandFirst[i + 1];
			while (true) {
				if (s < lo) {
					return null;
				}
				if (!needsResources) {
					break;
				}
				int conflict = conflict(i, s, false);
				if (conflict < 0) {
					break;
				}
				int w = this.p.w(this.p.calendar[i], conflict) - d;
				if (w < 0) {
					return null;
				}
				s = this.p.at(this.p.calendar[i], w);
			}
			place(i, s);
		}
		return this.start.clone();
	}

	/**
	 * The latest start of i given its placed successors, the end and its latest start.
	 */
	private int latestStart(int i, int end) {
		int ci = this.p.calendar[i];
		long hi = Math.min(this.p.latestStart[i], startForFinish(i, end));
		for (int q = this.p.succFirst[i]; q < this.p.succFirst[i + 1]; q++) {
			int j = this.p.succTo[q];
			int type = this.p.succType[q];
			int cj = this.p.calendar[j];
			int xj = (type == LevellingProblem.FS || type == LevellingProblem.SS) ? this.start[j] : this.finish[j];
			long v = (long) this.p.w(cj, xj) - this.p.succLag[q];
			if (v < 0) {
				return -1;
			}
			int bound = this.p.at(cj, (int) v);
			int s = (type == LevellingProblem.FS || type == LevellingProblem.FF) ? startForFinish(i, bound)
					: this.p.previousWorking(ci, bound);
			hi = Math.min(hi, s);
		}
		return (int) hi;
	}

	/** The latest start of i whose finish is at or before f, or -1. */
	private int startForFinish(int i, int f) {
		int d = this.p.duration[i];
		int c = this.p.calendar[i];
		if (d == 0) {
			return this.p.previousWorking(c, f);
		}
		int w = this.p.w(c, f) - d;
		return w < 0 ? -1 : this.p.at(c, w);
	}

	/** Successors before predecessors, lowest key first among the ready ones. */
	private int[] reverseOrder(double[] key) {
		int n = this.p.n;
		int[] out = new int[n];
		int size = 0;
		for (int i = 0; i < n; i++) {
			this.predsLeft[i] = this.p.succFirst[i + 1] - this.p.succFirst[i];
			if (this.predsLeft[i] == 0) {
				size = push(size, i, key);
			}
		}
		int count = 0;
		while (size > 0) {
			int j = this.heap[0];
			this.heap[0] = this.heap[--size];
			siftDown(0, size, key);
			out[count++] = j;
			for (int q = this.p.predFirst[j]; q < this.p.predFirst[j + 1]; q++) {
				int k = this.p.predFrom[q];
				if (--this.predsLeft[k] == 0) {
					size = push(size, k, key);
				}
			}
		}
		return out;
	}

	/**
	 * Early and late starts with resources ignored (the critical path method on the
	 * problem's links and calendars); the late starts against the latest early finish.
	 */
	void criticalPath(int[] es, int[] ls) {
		int n = this.p.n;
		int end = 0;
		for (int i : this.p.topological) {
			int s = this.p.fixedStart[i] >= 0 ? this.p.fixedStart[i] : earliestStart(i);
			this.start[i] = s;
			this.finish[i] = this.p.finishOf(i, s);
			es[i] = s;
			end = Math.max(end, this.finish[i]);
		}
		for (int k = n - 1; k >= 0; k--) {
			int i = this.p.topological[k];
			int s = this.p.fixedStart[i] >= 0 ? this.p.fixedStart[i] : latestStart(i, end);
			if (s < es[i]) {
				s = es[i];
			}
			this.start[i] = s;
			this.finish[i] = this.p.finishOf(i, s);
			ls[i] = s;
		}
	}

	/** Whether a is linked directly to b (either way). */
	boolean linked(int a, int b) {
		for (int q = this.p.succFirst[a]; q < this.p.succFirst[a + 1]; q++) {
			if (this.p.succTo[q] == b) {
				return true;
			}
		}
		for (int q = this.p.succFirst[b]; q < this.p.succFirst[b + 1]; q++) {
			if (this.p.succTo[q] == a) {
				return true;
			}
		}
		return false;
	}

	/** Lexicographic: overload, then makespan, then priority-weighted starts. */
	static int compare(long overloadA, int makespanA, long weightedA, long overloadB, int makespanB, long weightedB) {
		if (overloadA != overloadB) {
			return Long.compare(overloadA, overloadB);
		}
		if (makespanA != makespanB) {
			return Integer.compare(makespanA, makespanB);
		}
		return Long.compare(weightedA, weightedB);
	}

}
