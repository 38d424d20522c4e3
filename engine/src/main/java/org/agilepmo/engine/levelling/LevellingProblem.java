package org.agilepmo.engine.levelling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agilepmo.engine.schedule.LinkType;

/**
 * A resource-constrained project scheduling problem (RCPSP) in discrete time: activities
 * with durations in periods and constant demands on renewable resources, whose capacity
 * may vary from period to period (calendars, part time, absences); links of all four
 * types with lags; per-activity working periods (its calendar); release dates, latest
 * starts (deadlines, constraints, "within float") and activities that may not move
 * (progress, "do not level").
 * <p>
 * Time is a period index from 0. Periods at or after {@link #horizon()} work on every
 * calendar and have each resource's tail capacity. An activity of duration d that starts
 * in a working period of its calendar occupies the next d working periods; its finish is
 * the period after the last. A lag is counted in working periods of the successor's
 * calendar, as the scheduling engine does (ADR 0101): for a link i → j, with W_j the
 * number of working periods of j's calendar before an instant, FS requires W_j(S_j) −
 * W_j(F_i) ≥ lag, SS W_j(S_j) − W_j(S_i) ≥ lag, FF W_j(F_j) − W_j(F_i) ≥ lag and SF
 * W_j(F_j) − W_j(S_i) ≥ lag.
 */
public final class LevellingProblem {

	/** No latest start. */
	public static final int UNBOUNDED = Integer.MAX_VALUE;

	static final int FS = LinkType.FINISH_START.ordinal();

	static final int SS = LinkType.START_START.ordinal();

	static final int FF = LinkType.FINISH_FINISH.ordinal();

	static final int SF = LinkType.START_FINISH.ordinal();

	final int n;

	final int resources;

	final int horizon;

	/** Length of every time-indexed array: no schedule built here reaches it. */
	final int length;

	final int[] duration;

	final int[] calendar;

	/**
	 * Per calendar: working periods before t (length+1 entries), or null if every period
	 * works.
	 */
	final int[][] workBefore;

	/**
	 * Per calendar: the period of the w-th working period, or null if every period works.
	 */
	final int[][] nth;

	/** Capacity of resource k in period t at {@code capacity[k * length + t]}. */
	final int[] capacity;

	final int[] maxCapacity;

	final int[] demandFirst;

	final int[] demandResource;

	final int[] demandAmount;

	final int[] release;

	final int[] latestStart;

	/** The start of an activity that is not moved, or -1. */
	final int[] fixedStart;

	final int[] priority;

	final int[] predFirst;

	final int[] predFrom;

	final int[] predType;

	final int[] predLag;

	final int[] succFirst;

	final int[] succTo;

	final int[] succType;

	final int[] succLag;

	/** A precedence-feasible order of all activities. */
	final int[] topological;

	/**
	 * Activities whose demand exceeds a resource's capacity in every period: never
	 * levelled.
	 */
	final boolean[] unfit;

	private LevellingProblem(Builder b) {
		this.n = b.n;
		this.resources = b.resources;
		this.horizon = b.horizon;
		this.duration = Arrays.copyOf(b.duration, this.n);
		this.calendar = Arrays.copyOf(b.activityCalendar, this.n);
		this.release = Arrays.copyOf(b.release, this.n);
		this.latestStart = Arrays.copyOf(b.latestStart, this.n);
		this.fixedStart = Arrays.copyOf(b.fixedStart, this.n);
		this.priority = Arrays.copyOf(b.priority, this.n);
		long base = this.horizon;
		long sum = 0;
		for (int i = 0; i < this.n; i++) {
			base = Math.max(base, this.release[i]);
			if (this.fixedStart[i] >= 0) {
				base = Math.max(base, this.fixedStart[i]);
			}
			sum += this.duration[i];
		}
		for (int l = 0; l < b.links; l++) {
			sum += Math.max(0, b.linkLag[l]);
		}
		long len = base + 2 * sum + 2;
		if (len > 50_000_000) {
			throw new IllegalArgumentException("Levelling horizon too long: " + len + " periods");
		}
		this.length = (int) len;
		int calendars = b.calendars.size();
		this.workBefore = new int[calendars][];
		this.nth = new int[calendars][];
		for (int c = 0; c < calendars; c++) {
			boolean[] works = b.calendars.get(c);
			if (works == null) {
				continue;
			}
			int[] before = new int[this.length + 1];
			int[] at = new int[this.length + 1];
			int w = 0;
			for (int t = 0; t < this.length; t++) {
				before[t] = w;
				if (t >= this.horizon || works[t]) {
					at[w++] = t;
				}
			}
			before[this.length] = w;
			this.workBefore[c] = before;
			this.nth[c] = Arrays.copyOf(at, w);
		}
		this.capacity = new int[this.resources * this.length];
		this.maxCapacity = new int[this.resources];
		for (int k = 0; k < this.resources; k++) {
			int[] profile = b.capacity[k];
			int max = 0;
			for (int t = 0; t < this.length; t++) {
				int c = t < this.horizon && profile != null ? profile[t] : b.tailCapacity[k];
				this.capacity[k * this.length + t] = c;
				max = Math.max(max, c);
			}
			this.maxCapacity[k] = max;
		}
		this.demandFirst = new int[this.n + 1];
		int demands = 0;
		for (int i = 0; i < this.n; i++) {
			this.demandFirst[i] = demands;
			for (int k = 0; k < this.resources; k++) {
				if (b.demand[i][k] > 0) {
					demands++;
				}
			}
		}
		this.demandFirst[this.n] = demands;
		this.demandResource = new int[demands];
		this.demandAmount = new int[demands];
		this.unfit = new boolean[this.n];
		for (int i = 0, d = 0; i < this.n; i++) {
			for (int k = 0; k < this.resources; k++) {
				if (b.demand[i][k] > 0) {
					this.demandResource[d] = k;
					this.demandAmount[d++] = b.demand[i][k];
					if (b.demand[i][k] > this.maxCapacity[k]) {
						this.unfit[i] = true;
					}
				}
			}
		}
		int links = b.links;
		this.predFirst = new int[this.n + 1];
		this.succFirst = new int[this.n + 1];
		for (int l = 0; l < links; l++) {
			this.predFirst[b.linkTo[l] + 1]++;
			this.succFirst[b.linkFrom[l] + 1]++;
		}
		for (int i = 0; i < this.n; i++) {
			this.predFirst[i + 1] += this.predFirst[i];
			this.succFirst[i + 1] += this.succFirst[i];
		}
		this.predFrom = new int[links];
		this.predType = new int[links];
		this.predLag = new int[links];
		this.succTo = new int[links];
		this.succType = new int[links];
		this.succLag = new int[links];
		int[] nextPred = Arrays.copyOf(this.predFirst, this.n);
		int[] nextSucc = Arrays.copyOf(this.succFirst, this.n);
		for (int l = 0; l < links; l++) {
			int p = nextPred[b.linkTo[l]]++;
			this.predFrom[p] = b.linkFrom[l];
			this.predType[p] = b.linkType[l];
			this.predLag[p] = b.linkLag[l];
			int s = nextSucc[b.linkFrom[l]]++;
			this.succTo[s] = b.linkTo[l];
			this.succType[s] = b.linkType[l];
			this.succLag[s] = b.linkLag[l];
		}
		this.topological = topologicalOrder();
	}

	private int[] topologicalOrder() {
		int[] indegree = new int[this.n];
		for (int i = 0; i < this.n; i++) {
			indegree[i] = this.predFirst[i + 1] - this.predFirst[i];
		}
		int[] order = new int[this.n];
		int head = 0;
		int tail = 0;
		for (int i = 0; i < this.n; i++) {
			if (indegree[i] == 0) {
				order[tail++] = i;
			}
		}
		while (head < tail) {
			int i = order[head++];
			for (int s = this.succFirst[i]; s < this.succFirst[i + 1]; s++) {
				if (--indegree[this.succTo[s]] == 0) {
					order[tail++] = this.succTo[s];
				}
			}
		}
		if (tail < this.n) {
			throw new IllegalArgumentException("The links form a loop");
		}
		return order;
	}

	public static Builder builder(int resources, int horizon) {
		return new Builder(resources, horizon);
	}

	public int activityCount() {
		return this.n;
	}

	public int resourceCount() {
		return this.resources;
	}

	public int horizon() {
		return this.horizon;
	}

	public int duration(int i) {
		return this.duration[i];
	}

	public int demand(int i, int k) {
		for (int d = this.demandFirst[i]; d < this.demandFirst[i + 1]; d++) {
			if (this.demandResource[d] == k) {
				return this.demandAmount[d];
			}
		}
		return 0;
	}

	public int capacity(int k, int t) {
		return this.capacity[k * this.length + Math.min(t, this.length - 1)];
	}

	public int release(int i) {
		return this.release[i];
	}

	public int latestStart(int i) {
		return this.latestStart[i];
	}

	public boolean isFixed(int i) {
		return this.fixedStart[i] >= 0;
	}

	public int fixedStart(int i) {
		return this.fixedStart[i];
	}

	/** Whether activity i works in period t (its calendar). */
	public boolean works(int i, int t) {
		int[] before = this.workBefore[this.calendar[i]];
		if (before == null || t >= this.length) {
			return t >= 0;
		}
		return t >= 0 && before[t + 1] > before[t];
	}

	/** Working periods of activity i's calendar before period t. */
	public int workBefore(int i, int t) {
		return w(this.calendar[i], t);
	}

	/**
	 * The finish of activity i when it starts in period s: the period after its last
	 * worked one.
	 */
	public int finishOf(int i, int s) {
		int d = this.duration[i];
		if (d == 0) {
			return s;
		}
		int c = this.calendar[i];
		return at(c, w(c, s) + d - 1) + 1;
	}

	int w(int c, int t) {
		int[] before = this.workBefore[c];
		if (before == null) {
			return t;
		}
		if (t < 0) {
			return t;
		}
		if (t >= this.length) {
			return before[this.length] + (t - this.length);
		}
		return before[t];
	}

	/** The period of the w-th working period of calendar c (w may be past the arrays). */
	int at(int c, int work) {
		int[] periods = this.nth[c];
		if (periods == null || work < 0) {
			return work;
		}
		if (work >= periods.length) {
			return this.length + (work - periods.length);
		}
		return periods[work];
	}

	/** The first working period of calendar c at or after t. */
	int nextWorking(int c, int t) {
		return at(c, w(c, Math.max(0, t)));
	}

	/** The last working period of calendar c at or before t, or -1. */
	int previousWorking(int c, int t) {
		if (t < 0) {
			return -1;
		}
		int work = w(c, t + 1) - 1;
		return work < 0 ? -1 : at(c, work);
	}

	public List<String> describeLinks() {
		List<String> out = new ArrayList<>();
		for (int j = 0; j < this.n; j++) {
			for (int p = this.predFirst[j]; p < this.predFirst[j + 1]; p++) {
				out.add(this.predFrom[p] + "->" + j + " " + LinkType.values()[this.predType[p]] + " "
						+ this.predLag[p]);
			}
		}
		return out;
	}

	/** Builds a problem; activities are numbered in the order they are added. */
	public static final class Builder {

		private final int resources;

		private final int horizon;

		private int n;

		private int[] duration = new int[16];

		private int[] activityCalendar = new int[16];

		private int[][] demand = new int[16][];

		private int[] release = new int[16];

		private int[] latestStart = new int[16];

		private int[] fixedStart = new int[16];

		private int[] priority = new int[16];

		private final List<boolean[]> calendars = new ArrayList<>();

		private final int[][] capacity;

		private final int[] tailCapacity;

		private int links;

		private int[] linkFrom = new int[16];

		private int[] linkTo = new int[16];

		private int[] linkType = new int[16];

		private int[] linkLag = new int[16];

		private Builder(int resources, int horizon) {
			if (resources < 0 || horizon < 0) {
				throw new IllegalArgumentException("Negative size");
			}
			this.resources = resources;
			this.horizon = horizon;
			this.capacity = new int[resources][];
			this.tailCapacity = new int[resources];
			this.calendars.add(null);
		}

		/**
		 * Calendar 0 works in every period; this adds one that works where {@code works}
		 * says.
		 */
		public int calendar(boolean[] works) {
			if (works.length < this.horizon) {
				throw new IllegalArgumentException("A calendar covers the horizon");
			}
			this.calendars.add(Arrays.copyOf(works, this.horizon));
			return this.calendars.size() - 1;
		}

		/** The same capacity in every period. */
		public Builder capacity(int resource, int units) {
			this.capacity[resource] = null;
			this.tailCapacity[resource] = units;
			return this;
		}

		/** Capacity per period up to the horizon, then {@code tail}. */
		public Builder capacity(int resource, int[] perPeriod, int tail) {
			if (perPeriod.length < this.horizon) {
				throw new IllegalArgumentException("A capacity profile covers the horizon");
			}
			this.capacity[resource] = Arrays.copyOf(perPeriod, this.horizon);
			this.tailCapacity[resource] = tail;
			return this;
		}

		public int activity(int periods) {
			if (periods < 0) {
				throw new IllegalArgumentException("Negative duration");
			}
			if (this.n == this.duration.length) {
				int size = this.n * 2;
				this.duration = Arrays.copyOf(this.duration, size);
				this.activityCalendar = Arrays.copyOf(this.activityCalendar, size);
				this.demand = Arrays.copyOf(this.demand, size);
				this.release = Arrays.copyOf(this.release, size);
				this.latestStart = Arrays.copyOf(this.latestStart, size);
				this.fixedStart = Arrays.copyOf(this.fixedStart, size);
				this.priority = Arrays.copyOf(this.priority, size);
			}
			int i = this.n++;
			this.duration[i] = periods;
			this.demand[i] = new int[this.resources];
			this.latestStart[i] = UNBOUNDED;
			this.fixedStart[i] = -1;
			this.priority[i] = 500;
			return i;
		}

		public Builder demand(int activity, int resource, int units) {
			this.demand[activity][resource] = Math.max(0, units);
			return this;
		}

		public Builder calendarOf(int activity, int calendar) {
			if (calendar < 0 || calendar >= this.calendars.size()) {
				throw new IllegalArgumentException("No calendar " + calendar);
			}
			this.activityCalendar[activity] = calendar;
			return this;
		}

		/** Starts no earlier than period t. */
		public Builder release(int activity, int t) {
			this.release[activity] = Math.max(0, t);
			return this;
		}

		/** Starts no later than period t (a deadline, a constraint, or the float). */
		public Builder latestStart(int activity, int t) {
			this.latestStart[activity] = t;
			return this;
		}

		/** Stays where it is: started work, "do not level". */
		public Builder fix(int activity, int start) {
			this.fixedStart[activity] = Math.max(0, start);
			return this;
		}

		/** 0..1000 as in MS Project: higher is levelled last. */
		public Builder priority(int activity, int value) {
			this.priority[activity] = value;
			return this;
		}

		public Builder link(int from, int to, LinkType type, int lag) {
			if (from == to || from < 0 || to < 0 || from >= this.n || to >= this.n) {
				throw new IllegalArgumentException("Bad link " + from + " -> " + to);
			}
			if (this.links == this.linkFrom.length) {
				int size = this.links * 2;
				this.linkFrom = Arrays.copyOf(this.linkFrom, size);
				this.linkTo = Arrays.copyOf(this.linkTo, size);
				this.linkType = Arrays.copyOf(this.linkType, size);
				this.linkLag = Arrays.copyOf(this.linkLag, size);
			}
			this.linkFrom[this.links] = from;
			this.linkTo[this.links] = to;
			this.linkType[this.links] = type.ordinal();
			this.linkLag[this.links++] = lag;
			return this;
		}

		public Builder finishToStart(int from, int to) {
			return link(from, to, LinkType.FINISH_START, 0);
		}

		public LevellingProblem build() {
			return new LevellingProblem(this);
		}

	}

}
