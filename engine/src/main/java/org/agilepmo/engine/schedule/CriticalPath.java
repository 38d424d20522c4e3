package org.agilepmo.engine.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agilepmo.engine.calendar.WorkCalendar;

/**
 * The critical path method on a precedence network: a forward pass for early dates and a
 * backward pass for late dates (Kelley and Walker, "Critical-Path Planning and
 * Scheduling", 1959; links and lags of the precedence diagramming method, Fondahl 1961).
 * Date arithmetic, constraints, deadlines and as-late-as-possible activities follow
 * Microsoft Project as reproduced by MPXJ's {@code org.mpxj.cpm.MicrosoftScheduler}; see
 * {@code docs/adr/0101-scheduling-semantics.md} for every choice.
 * <p>
 * Activities are visited once per pass in topological order (Kahn, 1962), so a pass is
 * linear in activities plus links. Times are instants in minutes since
 * {@link WorkCalendar#EPOCH}; each calendar converts them to working time in O(1).
 */
public final class CriticalPath {

	private static final int MINUTES_PER_DAY = 24 * 60;

	private static final int NONE = Network.NONE;

	private static final int FS = LinkType.FINISH_START.ordinal();

	private static final int SS = LinkType.START_START.ordinal();

	private static final int FF = LinkType.FINISH_FINISH.ordinal();

	private static final int SF = LinkType.START_FINISH.ordinal();

	private static final byte ASAP = (byte) ConstraintType.AS_SOON_AS_POSSIBLE.ordinal();

	private static final byte ALAP = (byte) ConstraintType.AS_LATE_AS_POSSIBLE.ordinal();

	private static final byte SNET = (byte) ConstraintType.START_NO_EARLIER_THAN.ordinal();

	private static final byte SNLT = (byte) ConstraintType.START_NO_LATER_THAN.ordinal();

	private static final byte FNET = (byte) ConstraintType.FINISH_NO_EARLIER_THAN.ordinal();

	private static final byte FNLT = (byte) ConstraintType.FINISH_NO_LATER_THAN.ordinal();

	private static final byte MSO = (byte) ConstraintType.MUST_START_ON.ordinal();

	private static final byte MFO = (byte) ConstraintType.MUST_FINISH_ON.ordinal();

	private static final byte SUMMARY = (byte) ActivityKind.SUMMARY.ordinal();

	/**
	 * An early start not converted to an instant in a repeated pass (its work indexes
	 * hold the dates; see {@link #instantsWanted}).
	 */
	private static final int LAZY = Integer.MIN_VALUE + 1;

	/**
	 * A milestone dated on the working-time axis: at the end of the work before its work
	 * index ({@code _AT_FINISH}, e.g. 17:00) or at the start of the work after it.
	 */
	private static final int LAZY_AT_FINISH = Integer.MIN_VALUE + 2;

	private static final int LAZY_AT_START = Integer.MIN_VALUE + 3;

	private final Network net;

	private final WorkCalendar projectCalendar;

	private final WorkCalendar[] calendars;

	private final int projectStart;

	private final int statusDate;

	private final boolean primavera;

	private final boolean progressOverride;

	private int[] lag;

	/** The lags again in the order of the network's predLinks and succLinks. */
	private int[] predLag;

	private int[] succLag;

	/** The lags of level-of-effort links, in minutes. */
	private int[] loeLag;

	/**
	 * The durations scheduled: the network's, or another set of the same network's (a
	 * risk simulation's samples, see {@link RepeatedSchedule}).
	 */
	private int[] duration;

	private int[] remaining;

	private final boolean progress;

	private final boolean anyAlap;

	/** The topological order, kept when the network is scheduled repeatedly. */
	private int[] order;

	private final int[] es;

	private final int[] ef;

	private final int[] ls;

	private final int[] lf;

	private final int[] drivingPredecessor;

	/**
	 * Work indexes of the four dates on the activity's own calendar, to skip conversions.
	 */
	private final int[] esWork;

	private final int[] efWork;

	private final int[] lsWork;

	private final int[] lfWork;

	private final int[] calculatedLsWork;

	/**
	 * Work index of the project start and finish per calendar, index 0 the project
	 * calendar.
	 */
	private final int[] projectStartWork;

	private final int[] projectFinishWork;

	/** Work index of the status date per calendar, index 0 the project calendar. */
	private final int[] statusWork;

	/**
	 * In a repeated pass, the activities whose dates as instants another activity reads
	 * (across calendars, elapsed lags, progress, level of effort, zero durations); the
	 * others keep their dates as work indexes only, converted when asked. Null when every
	 * date is converted.
	 */
	private boolean[] instantsWanted;

	/** The current pass leaves the dates of activities not wanted as work indexes. */
	private boolean lazy;

	/** The latest early finish per calendar among the activities left as work indexes. */
	private int[] lazyFinishWork;

	/** Activities a repeated pass dates on the working-time axis alone, per pass. */
	private boolean[] plainForward;

	private boolean[] plainBackward;

	/**
	 * Per link in predecessor order, as masks (-1 or 0): the link leaves the
	 * predecessor's finish; it reaches the successor's finish; and the least work index
	 * it gives (the project start for finish-to-finish). In successor order: it reaches
	 * the successor's finish; it leaves the predecessor's start.
	 */
	private int[] predFromFinish;

	private int[] predToFinish;

	private int[] predFloor;

	private int[] succToFinish;

	private int[] succFromStart;

	/**
	 * Per activity dated on the working-time axis, 1 when its early start (finish) is the
	 * start of the work at its work index, 0 when the end of the work before it: a task
	 * starts at a start and finishes at a finish, a milestone either.
	 */
	private int[] startForm;

	private int[] finishForm;

	/** Milestones a repeated pass may date on the working-time axis. */
	private boolean[] plainMilestones;

	private final boolean anyLevelOfEffort;

	private int projectFinish;

	private boolean alapPhase;

	private final List<ConstraintViolation> violations = new ArrayList<>();

	private CriticalPath(Network network, WorkCalendar projectCalendar) {
		this(network, projectCalendar, NONE);
	}

	/** With {@code startOverride} (a minute) as the project start, unless NONE. */
	private CriticalPath(Network network, WorkCalendar projectCalendar, int startOverride) {
		this.net = network;
		this.projectCalendar = projectCalendar;
		this.calendars = network.calendars.toArray(new WorkCalendar[0]);
		this.statusDate = (network.statusDate != null) ? WorkCalendar.minuteOf(network.statusDate) : NONE;
		this.primavera = network.rules == SchedulingRules.PRIMAVERA;
		this.progressOverride = this.primavera && network.progressed == ProgressedActivities.PROGRESS_OVERRIDE;
		int start = (startOverride != NONE) ? startOverride : WorkCalendar.minuteOf(network.projectStart);
		// P6 schedules nothing before the data date, not even the project's start.
		this.projectStart = (this.primavera && this.statusDate != NONE) ? Math.max(start, this.statusDate) : start;
		int n = network.count;
		if (this.primavera && this.statusDate != NONE && anyFinishedLaggingPredecessor(network)) {
			this.lag = remainingLags(network);
			this.predLag = new int[network.linkCount];
			this.succLag = new int[network.linkCount];
			for (int k = 0; k < network.linkCount; k++) {
				this.predLag[k] = this.lag[network.predLinks[k]];
				this.succLag[k] = this.lag[network.succLinks[k]];
			}
		}
		else {
			this.lag = network.lagMinutes;
			this.predLag = network.predLag;
			this.succLag = network.succLag;
		}
		this.loeLag = network.loeLag;
		boolean anyProgress = false;
		boolean alap = false;
		for (int i = 0; i < n; i++) {
			anyProgress |= network.actualStart[i] != NONE;
			alap |= network.kind[i] != SUMMARY && network.constraint[i] == ALAP;
		}
		this.progress = anyProgress;
		this.anyAlap = alap;
		this.anyLevelOfEffort = network.loePred.length > 0 || anyLevelOfEffort(network);
		this.duration = network.duration;
		this.remaining = anyProgress ? new int[n] : network.duration;
		remainingWork();
		this.es = new int[n];
		this.ef = new int[n];
		this.ls = new int[n];
		this.lf = new int[n];
		this.drivingPredecessor = new int[n];
		this.esWork = new int[n];
		this.efWork = new int[n];
		this.lsWork = new int[n];
		this.lfWork = new int[n];
		this.calculatedLsWork = new int[n];
		this.projectStartWork = new int[this.calendars.length + 1];
		this.projectFinishWork = new int[this.calendars.length + 1];
		this.statusWork = new int[this.calendars.length + 1];
		for (int c = -1; c < this.calendars.length; c++) {
			this.projectStartWork[c + 1] = calendarNumbered(c).workIndex(this.projectStart);
			if (this.statusDate != NONE) {
				this.statusWork[c + 1] = calendarNumbered(c).workIndex(this.statusDate);
			}
		}
	}

	private static boolean anyFinishedLaggingPredecessor(Network n) {
		for (int l = 0; l < n.linkCount; l++) {
			if (n.lagMinutes[l] > 0 && n.actualFinish[n.linkPred[l]] != NONE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * P6 counts the lag after a finished predecessor from its actual finish: what has
	 * passed of it by the data date is used up, and only the rest delays the successor.
	 */
	private int[] remainingLags(Network n) {
		int[] lags = n.lagMinutes.clone();
		for (int l = 0; l < n.linkCount; l++) {
			int p = n.linkPred[l];
			if (lags[l] > 0 && n.actualFinish[p] != NONE && n.actualFinish[p] < this.statusDate) {
				WorkCalendar c = calendarNumbered(n.calendar[n.linkSucc[l]]);
				int passed = c.workIndex(this.statusDate) - c.workIndex(n.actualFinish[p]);
				lags[l] = Math.max(0, lags[l] - passed);
			}
		}
		return lags;
	}

	/**
	 * Schedules {@code network}: early and late dates, floats, the critical activities
	 * and the longest path. Activities without a calendar of their own use
	 * {@code projectCalendar}.
	 * @throws ScheduleException if the links form a loop, naming its activities in order
	 */
	public static Schedule schedule(Network network, WorkCalendar projectCalendar) {
		if (network.scheduledFinish == null) {
			return new CriticalPath(network, projectCalendar).run();
		}
		// From the finish: the late dates do not depend on the start, so a first run
		// finds the earliest late start, and the second runs forward from there.
		Schedule fromFinish = new CriticalPath(network, projectCalendar).run();
		int start = Integer.MAX_VALUE;
		for (int i = 0; i < network.count; i++) {
			if (network.kind[i] != SUMMARY && !network.levelOfEffort[i]) {
				start = Math.min(start, WorkCalendar.minuteOf(fromFinish.lateStart(i)));
			}
		}
		if (start == Integer.MAX_VALUE) {
			return fromFinish;
		}
		return new CriticalPath(network, projectCalendar, start).run();
	}

	/**
	 * The remaining work of each activity: its duration if not started, else the
	 * remaining duration given or the part of the duration not complete. A started
	 * activity scheduled with another duration than the network's keeps the share of it
	 * that remains.
	 */
	private void remainingWork() {
		Network network = this.net;
		if (!this.progress) {
			this.remaining = this.duration;
			return;
		}
		for (int i = 0; i < network.count; i++) {
			int d = this.duration[i];
			int r = network.remaining[i];
			if (network.actualStart[i] == NONE) {
				r = d;
			}
			else if (r == NONE) {
				r = (int) Math.round(d * (100 - network.percentComplete[i]) / 100.0);
			}
			else if (d != network.duration[i] && network.duration[i] > 0) {
				r = (int) Math.round(r * (double) d / network.duration[i]);
			}
			this.remaining[i] = r;
		}
	}

	/**
	 * Prepares {@code network} to be scheduled again and again with other durations:
	 * sorts it once and keeps the working arrays. Not thread safe; one per thread.
	 */
	static CriticalPath repeatable(Network network, WorkCalendar projectCalendar) {
		CriticalPath path = new CriticalPath(network, projectCalendar);
		path.order = TopologicalOrder.of(network);
		if (path.lag == network.lagMinutes) {
			path.lag = network.lagMinutes.clone();
			path.predLag = network.predLag.clone();
			path.succLag = network.succLag.clone();
		}
		path.remaining = path.progress ? new int[network.count] : network.duration;
		path.loeLag = network.loeLag.clone();
		path.plainMilestones = milestoneCandidates(network, path);
		path.instantsWanted = instantsRead(network, path.primavera, path.plainMilestones);
		path.plainActivities();
		path.lazyFinishWork = new int[path.calendars.length + 1];
		return path;
	}

	/**
	 * The activities whose instants another one reads in a pass: both ends of a link
	 * across calendars or with an elapsed lag; the predecessors of a started, manual or
	 * zero-duration activity (those are dated from instants); the successors of a
	 * finished one under P6's rules; everything linked to a level-of-effort activity. The
	 * others are dated on their calendar's working-time axis alone.
	 */
	private static boolean[] instantsRead(Network n, boolean primavera, boolean[] plainMilestones) {
		boolean[] wanted = new boolean[n.count];
		for (int l = 0; l < n.linkCount; l++) {
			int p = n.linkPred[l];
			int s = n.linkSucc[l];
			if (n.calendar[p] != n.calendar[s] || n.lagElapsed[l]) {
				wanted[p] = true;
				wanted[s] = true;
			}
			if (n.actualStart[s] != NONE || n.manualStart[s] != NONE || (n.duration[s] == 0 && !plainMilestones[s])) {
				wanted[p] = true;
			}
			if (primavera && n.actualFinish[p] != NONE) {
				wanted[s] = true;
			}
		}
		for (int k = 0; k < n.loePred.length; k++) {
			wanted[n.loePred[k]] = true;
			wanted[n.loeSucc[k]] = true;
		}
		for (int i = 0; i < n.count; i++) {
			wanted[i] |= n.levelOfEffort[i];
		}
		return wanted;
	}

	/**
	 * Milestones that may be dated on the working-time axis: planned without duration,
	 * not a start milestone, as soon as possible, with predecessors none of them by
	 * finish-to-finish (its floor is the project start, an instant), no status date and
	 * no as-late-as-possible activity in the network (whose second pass reads instants).
	 * {@link #plainActivities} keeps those whose predecessors are all plain.
	 */
	private static boolean[] milestoneCandidates(Network n, CriticalPath path) {
		boolean[] candidates = new boolean[n.count];
		if (path.statusDate != NONE || path.anyAlap) {
			return candidates;
		}
		for (int i = 0; i < n.count; i++) {
			boolean candidate = n.duration[i] == 0 && n.kind[i] != SUMMARY && !n.startMilestone[i]
					&& !n.levelOfEffort[i] && n.constraint[i] == ASAP && n.predFirst[i] < n.predFirst[i + 1];
			for (int k = n.predFirst[i]; k < n.predFirst[i + 1]; k++) {
				candidate &= (n.predBits[k] & Network.TYPE_MASK) != FF;
			}
			candidates[i] = candidate;
		}
		return candidates;
	}

	/**
	 * The activities a repeated pass dates on the working-time axis alone: not started,
	 * finished, manual, level of effort or a start milestone, as soon as possible, no
	 * instant of theirs read by another activity, and every link on their calendar (no
	 * elapsed lag). Forward also: at least one predecessor, and under P6's rules none by
	 * start-to-finish. Backward also: no deadline and no started or finished successor.
	 */
	private void plainActivities() {
		Network n = this.net;
		this.plainForward = new boolean[n.count];
		this.plainBackward = new boolean[n.count];
		for (int i = 0; i < n.count; i++) {
			boolean plain = n.kind[i] != SUMMARY && n.actualStart[i] == NONE && n.actualFinish[i] == NONE
					&& n.manualStart[i] == NONE && !n.levelOfEffort[i] && !n.startMilestone[i]
					&& n.constraint[i] == ASAP && !this.instantsWanted[i];
			boolean forward = plain && n.predFirst[i] < n.predFirst[i + 1]
					&& (n.duration[i] != 0 || this.plainMilestones[i]);
			for (int k = n.predFirst[i]; k < n.predFirst[i + 1]; k++) {
				int bits = n.predBits[k];
				forward &= (bits & Network.SAME_CALENDAR) != 0 && !(this.primavera && (bits & Network.TYPE_MASK) == SF);
			}
			boolean backward = plain && n.deadline[i] == NONE;
			for (int k = n.succFirst[i]; k < n.succFirst[i + 1]; k++) {
				int bits = n.succBits[k];
				backward &= (bits & Network.SAME_CALENDAR) != 0
						&& (bits & (Network.SUCC_STARTED | Network.SUCC_FINISHED)) == 0;
			}
			this.plainForward[i] = forward;
			this.plainBackward[i] = backward;
		}
		// A milestone on the axis reads its predecessors' work indexes: they must all be
		// plain; one that is not makes the milestone read instants, and so on.
		for (boolean changed = true; changed;) {
			changed = false;
			for (int i = 0; i < n.count; i++) {
				if (!this.plainMilestones[i]) {
					continue;
				}
				boolean plain = this.plainForward[i];
				for (int k = n.predFirst[i]; k < n.predFirst[i + 1]; k++) {
					plain &= this.plainForward[n.predSource[k]];
				}
				if (!plain) {
					this.plainMilestones[i] = false;
					this.plainForward[i] = false;
					this.plainBackward[i] = false;
					for (int k = n.predFirst[i]; k < n.predFirst[i + 1]; k++) {
						int p = n.predSource[k];
						this.instantsWanted[p] = true;
						this.plainForward[p] = false;
						this.plainBackward[p] = false;
					}
					changed = true;
				}
			}
		}
		this.startForm = new int[n.count];
		this.finishForm = new int[n.count];
		Arrays.fill(this.startForm, 1);
		this.predFromFinish = new int[n.linkCount];
		this.predToFinish = new int[n.linkCount];
		this.predFloor = new int[n.linkCount];
		this.succToFinish = new int[n.linkCount];
		this.succFromStart = new int[n.linkCount];
		for (int k = 0; k < n.linkCount; k++) {
			int type = n.predBits[k] & Network.TYPE_MASK;
			this.predFromFinish[k] = (type == FS || type == FF) ? -1 : 0;
			this.predToFinish[k] = (type == FF || type == SF) ? -1 : 0;
			this.predFloor[k] = (type == FF) ? this.projectStartWork[n.calendar[n.linkSucc[n.predLinks[k]]] + 1]
					: Integer.MIN_VALUE;
			type = n.succBits[k] & Network.TYPE_MASK;
			this.succToFinish[k] = (type == FF || type == SF) ? -1 : 0;
			this.succFromStart[k] = (type == SS || type == SF) ? -1 : 0;
		}
	}

	/**
	 * True unless an activity planned with a duration has none in {@code durations} (it
	 * would be dated from its predecessors' instants, which are then all converted), or
	 * one planned without has one.
	 */
	private boolean noNewZeroDuration(int[] durations) {
		int[] planned = this.net.duration;
		for (int i = 0; i < durations.length; i++) {
			if ((durations[i] == 0) != (planned[i] == 0)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Schedules the prepared network again with {@code durations} (working minutes per
	 * activity, finished activities and summaries ignored): both passes and the total
	 * float into {@code totalFloat}. Percentage lags follow their predecessor's new
	 * duration.
	 */
	void reschedule(int[] durations, int[] percentLinks, int[] predPosition, int[] succPosition, int[] totalFloat) {
		Network n = this.net;
		this.duration = durations;
		remainingWork();
		for (int l : percentLinks) {
			int minutes = (int) Math.round(durations[n.linkPred[l]] * (double) n.lagValue[l] / 100.0);
			this.lag[l] = minutes;
			this.predLag[predPosition[l]] = minutes;
			this.succLag[succPosition[l]] = minutes;
		}
		for (int k = 0; k < n.loePred.length; k++) {
			if (n.loeLagPercent[k] && n.actualFinish[n.loePred[k]] == NONE) {
				this.loeLag[k] = (int) Math.round(durations[n.loePred[k]] * (double) n.loeLagValue[k] / 100.0);
			}
		}
		this.alapPhase = false;
		this.lazy = noNewZeroDuration(durations);
		passes(this.order);
		totalFloatInto(totalFloat);
	}

	int plainActivityCount() {
		int count = 0;
		for (int i = 0; i < this.net.count; i++) {
			count += (this.plainForward[i] && this.plainBackward[i]) ? 1 : 0;
		}
		return count;
	}

	int projectFinishMinute() {
		return this.projectFinish;
	}

	int earlyStartMinute(int i) {
		int es = this.es[i];
		if (es == LAZY || es == LAZY_AT_START) {
			return calendar(i).startOfWork(this.esWork[i]);
		}
		return (es == LAZY_AT_FINISH) ? calendar(i).finishOfWork(this.esWork[i]) : es;
	}

	int earlyFinishMinute(int i) {
		int es = this.es[i];
		if (es == LAZY || es == LAZY_AT_FINISH) {
			return calendar(i).finishOfWork(this.efWork[i]);
		}
		return (es == LAZY_AT_START) ? calendar(i).startOfWork(this.efWork[i]) : this.ef[i];
	}

	private Schedule run() {
		int[] order = TopologicalOrder.of(this.net);
		int scheduled = 0;
		for (int i = 0; i < this.net.count; i++) {
			if (this.net.kind[i] != SUMMARY) {
				scheduled++;
			}
		}
		passes(order);
		int[] totalFloat = new int[this.net.count];
		totalFloatInto(totalFloat);
		return new Schedule(this.net, this.projectCalendar, this.calendars, this.projectStart, this.projectFinish,
				this.es, this.ef, this.ls, this.lf, this.remaining, this.drivingPredecessor, totalFloat,
				freeFloat(totalFloat), List.copyOf(this.violations), scheduled);
	}

	private void passes(int[] order) {
		if (this.lazy) {
			plainForwardPass(order);
		}
		else {
			forwardPass(order);
		}
		// The latest early finish, even when it lies before the project start (work
		// dated before the start, as MS Project and P6 allow): the backward pass starts
		// there.
		this.projectFinish = Integer.MIN_VALUE;
		if (this.lazy) {
			lazyProjectFinish();
		}
		else {
			for (int i = 0; i < this.net.count; i++) {
				if (this.net.kind[i] != SUMMARY && this.ef[i] > this.projectFinish) {
					this.projectFinish = this.ef[i];
				}
			}
		}
		if (this.net.scheduledFinish != null) {
			this.projectFinish = WorkCalendar.minuteOf(this.net.scheduledFinish);
		}
		if (this.projectFinish == Integer.MIN_VALUE) {
			this.projectFinish = this.projectStart;
		}
		for (int c = -1; c < this.calendars.length; c++) {
			this.projectFinishWork[c + 1] = calendarNumbered(c).workIndex(this.projectFinish);
		}
		if (this.lazy) {
			plainBackwardPass(order);
		}
		else {
			for (int k = order.length - 1; k >= 0; k--) {
				backward(order[k]);
			}
		}
		if (this.anyAlap) {
			this.alapPhase = true;
			forwardPass(order);
		}
		if (this.anyLevelOfEffort) {
			levelOfEffort();
		}
	}

	/**
	 * The forward pass of a repeated schedule: a plain activity (see
	 * {@link #plainActivities}) with work to do is dated on its calendar's working-time
	 * axis alone, as {@link #forward} would date it, without converting to instants; any
	 * other goes through {@link #forward}.
	 */
	private void plainForwardPass(int[] order) {
		this.violations.clear();
		Network n = this.net;
		boolean[] plain = this.plainForward;
		int[] duration = this.duration;
		int[] remaining = this.remaining;
		int[] first = n.predFirst;
		int[] source = n.predSource;
		int[] fromFinish = this.predFromFinish;
		int[] toFinish = this.predToFinish;
		int[] floor = this.predFloor;
		int[] lag = this.predLag;
		int[] esWork = this.esWork;
		int[] efWork = this.efWork;
		for (int i : order) {
			int d = duration[i];
			if (!plain[i]) {
				forward(i);
				continue;
			}
			if (d == 0) {
				plainMilestone(i);
				continue;
			}
			int byLinks = Integer.MIN_VALUE;
			for (int k = first[i], end = first[i + 1]; k < end; k++) {
				// Without branches (the link types are mixed): from the predecessor's
				// start or finish, minus the successor's duration to its finish.
				int p = source[k];
				int from = esWork[p] + ((efWork[p] - esWork[p]) & fromFinish[k]);
				int w = Math.max(from + lag[k] - (d & toFinish[k]), floor[k]);
				byLinks = Math.max(byLinks, w);
			}
			if (this.statusDate != NONE) {
				byLinks = Math.max(byLinks, this.statusWork[n.calendar[i] + 1]);
			}
			esWork[i] = byLinks;
			efWork[i] = byLinks + d;
			this.es[i] = LAZY;
		}
	}

	/**
	 * A milestone whose predecessors are all plain, as {@link #forward} dates it: the
	 * latest instant its links give, each the finish or start form of a work index (a
	 * positive lag gives the finish form, a negative one the start form), stays where it
	 * is when it ends a working period and moves to the next work start otherwise; both
	 * are one work index, and the form says which instant.
	 */
	private void plainMilestone(int i) {
		Network n = this.net;
		int best = Integer.MIN_VALUE;
		for (int k = n.predFirst[i], end = n.predFirst[i + 1]; k < end; k++) {
			int p = n.predSource[k];
			int key = (this.predFromFinish[k] != 0) ? 2 * this.efWork[p] + this.finishForm[p]
					: 2 * this.esWork[p] + this.startForm[p];
			int lag = this.predLag[k];
			if (lag != 0) {
				key = 2 * ((key >> 1) + lag) + ((lag < 0) ? 1 : 0);
			}
			best = Math.max(best, key);
		}
		int form = best & 1;
		this.esWork[i] = best >> 1;
		this.efWork[i] = best >> 1;
		this.startForm[i] = form;
		this.finishForm[i] = form;
		this.es[i] = (form != 0) ? LAZY_AT_START : LAZY_AT_FINISH;
	}

	/**
	 * The backward pass of a repeated schedule: a plain activity's late dates on its
	 * calendar's working-time axis, as {@link #backward} gives them; any other goes
	 * through {@link #backward}.
	 */
	private void plainBackwardPass(int[] order) {
		Network n = this.net;
		boolean[] plain = this.plainBackward;
		int[] duration = this.duration;
		int[] remaining = this.remaining;
		int[] first = n.succFirst;
		int[] target = n.succTarget;
		int[] toFinish = this.succToFinish;
		int[] fromStart = this.succFromStart;
		int[] lag = this.succLag;
		int[] lsWork = this.lsWork;
		int[] lfWork = this.lfWork;
		int[] calculated = this.calculatedLsWork;
		for (int o = order.length - 1; o >= 0; o--) {
			int i = order[o];
			if (!plain[i]) {
				backward(i);
				continue;
			}
			int projectFinish = this.projectFinishWork[n.calendar[i] + 1];
			int d = duration[i];
			int finish = projectFinish;
			for (int k = first[i], end = first[i + 1]; k < end; k++) {
				// The successor is not started, so its calculated late start is its late
				// start: from its start or finish, plus this duration from this start.
				int s = target[k];
				int to = lsWork[s] + ((lfWork[s] - lsWork[s]) & toFinish[k]);
				finish = Math.min(finish, to - lag[k] + (d & fromStart[k]));
			}
			lfWork[i] = finish;
			calculated[i] = finish - remaining[i];
			lsWork[i] = calculated[i];
		}
	}

	/**
	 * The latest early finish when some are work indexes: converting to an instant is
	 * monotone, so on each calendar the latest work index gives the latest instant.
	 */
	private void lazyProjectFinish() {
		Network n = this.net;
		int[] latest = this.lazyFinishWork;
		Arrays.fill(latest, Integer.MIN_VALUE);
		for (int i = 0; i < n.count; i++) {
			if (n.kind[i] == SUMMARY) {
				continue;
			}
			int es = this.es[i];
			if (es == LAZY || es == LAZY_AT_FINISH || es == LAZY_AT_START) {
				// Twice the work index, plus one for the start of the next work: the
				// order of the instants.
				int key = 2 * this.efWork[i] + ((es == LAZY_AT_START) ? 1 : 0);
				int c = n.calendar[i] + 1;
				if (key > latest[c]) {
					latest[c] = key;
				}
			}
			else if (this.ef[i] > this.projectFinish) {
				this.projectFinish = this.ef[i];
			}
		}
		for (int c = 0; c < latest.length; c++) {
			if (latest[c] != Integer.MIN_VALUE) {
				WorkCalendar calendar = calendarNumbered(c - 1);
				int work = latest[c] >> 1;
				int finish = ((latest[c] & 1) != 0) ? calendar.startOfWork(work) : calendar.finishOfWork(work);
				this.projectFinish = Math.max(this.projectFinish, finish);
			}
		}
	}

	private static boolean anyLevelOfEffort(Network network) {
		for (boolean loe : network.levelOfEffort) {
			if (loe) {
				return true;
			}
		}
		return false;
	}

	/**
	 * P6's level-of-effort activities, after the passes, as MPXJ's
	 * {@code PrimaveraScheduler.levelOfEffortPass} dates them: the early start is the
	 * earliest that a start-to-start or finish-to-start predecessor, or a start-to-start
	 * or start-to-finish successor, gives; the early finish the latest that a
	 * finish-to-finish or start-to-finish predecessor, or a finish-to-start or
	 * finish-to-finish successor, gives; the late dates the same from the late dates.
	 * Without such links the activity starts at the project start (the data date) and its
	 * late finish is the project finish. A started predecessor gives its actual dates.
	 * Links between two level-of-effort activities are not followed.
	 */
	private void levelOfEffort() {
		Network n = this.net;
		int links = n.loePred.length;
		for (int i = 0; i < n.count; i++) {
			if (!n.levelOfEffort[i]) {
				continue;
			}
			WorkCalendar c = calendar(i);
			int es = Integer.MAX_VALUE;
			int ef = Integer.MIN_VALUE;
			int ls = Integer.MAX_VALUE;
			int lf = Integer.MIN_VALUE;
			for (int k = 0; k < links; k++) {
				int type = n.loeType[k];
				boolean fromStart = type == SS || type == SF;
				boolean toStart = type == SS || type == FS;
				if (n.loeSucc[k] == i && !n.levelOfEffort[n.loePred[k]]) {
					int p = n.loePred[k];
					int early = fromStart ? ((n.actualStart[p] != NONE) ? n.actualStart[p] : this.es[p])
							: ((n.actualFinish[p] != NONE) ? n.actualFinish[p] : this.ef[p]);
					int late = fromStart ? this.ls[p] : this.lf[p];
					early = loeLag(c, k, early, 1);
					late = loeLag(c, k, late, 1);
					if (toStart) {
						es = Math.min(es, early);
						ls = Math.min(ls, late);
					}
					else {
						ef = Math.max(ef, early);
						lf = Math.max(lf, late);
					}
				}
				else if (n.loePred[k] == i && !n.levelOfEffort[n.loeSucc[k]]) {
					int s = n.loeSucc[k];
					WorkCalendar cs = calendar(s);
					int early = toStart ? ((n.actualStart[s] != NONE) ? n.actualStart[s] : this.es[s])
							: ((n.actualFinish[s] != NONE) ? n.actualFinish[s] : this.ef[s]);
					int late = toStart ? this.ls[s] : this.lf[s];
					early = loeLag(cs, k, early, -1);
					late = loeLag(cs, k, late, -1);
					if (fromStart) {
						es = Math.min(es, early);
						ls = Math.min(ls, late);
					}
					else {
						ef = Math.max(ef, early);
						lf = Math.max(lf, late);
					}
				}
			}
			if (es == Integer.MAX_VALUE) {
				es = this.projectStart;
			}
			es = c.nextWorkStart(es);
			ef = (ef == Integer.MIN_VALUE) ? es : c.finishOfWork(c.workIndex(ef));
			if (ef < es) {
				ef = es;
			}
			if (lf == Integer.MIN_VALUE) {
				lf = this.projectFinish;
			}
			lf = c.finishOfWork(c.workIndex(lf));
			ls = (ls == Integer.MAX_VALUE) ? lf : c.nextWorkStart(ls);
			if (ls > lf) {
				ls = lf;
			}
			this.es[i] = es;
			this.ef[i] = ef;
			this.ls[i] = ls;
			this.lf[i] = lf;
			this.esWork[i] = c.workIndex(es);
			this.efWork[i] = c.workIndex(ef);
			this.lsWork[i] = c.workIndex(ls);
			this.lfWork[i] = c.workIndex(lf);
			this.calculatedLsWork[i] = this.lsWork[i];
			this.drivingPredecessor[i] = -1;
		}
	}

	/**
	 * Adds ({@code sign} 1) or removes (-1) the lag of level-of-effort link {@code k}.
	 */
	private int loeLag(WorkCalendar c, int k, int t, int sign) {
		int minutes = this.loeLag[k];
		if (minutes == 0) {
			return t;
		}
		return this.net.loeLagElapsed[k] ? t + sign * minutes : c.addWork(t, sign * minutes);
	}

	private void forwardPass(int[] order) {
		this.violations.clear();
		for (int i : order) {
			forward(i);
		}
	}

	private WorkCalendar calendar(int activity) {
		return calendarNumbered(this.net.calendar[activity]);
	}

	private WorkCalendar calendarNumbered(int c) {
		return (c < 0) ? this.projectCalendar : this.calendars[c];
	}

	private void forward(int i) {
		Network n = this.net;
		WorkCalendar c = calendar(i);
		int actualStart = n.actualStart[i];
		this.drivingPredecessor[i] = -1;
		if (n.actualFinish[i] != NONE) {
			// P6's early dates are the remaining ones: nothing remains after the data
			// date.
			int start = (this.primavera && this.statusDate != NONE) ? this.statusDate : actualStart;
			int finish = (this.primavera && this.statusDate != NONE) ? this.statusDate : n.actualFinish[i];
			this.es[i] = start;
			this.ef[i] = finish;
			this.esWork[i] = c.workIndex(start);
			this.efWork[i] = c.workIndex(finish);
			return;
		}
		if (actualStart == NONE && n.manualStart[i] != NONE) {
			this.es[i] = n.manualStart[i];
			this.ef[i] = n.manualFinish[i];
			this.esWork[i] = c.workIndex(this.es[i]);
			this.efWork[i] = c.workIndex(this.ef[i]);
			return;
		}
		int duration = this.duration[i];
		int first = n.predFirst[i];
		int last = n.predFirst[i + 1];
		byte type = n.constraint[i];
		// Start of work is monotone in time, so without a milestone's end-of-period
		// start,
		// progress or a constraint the latest link can be found on the working-time axis.
		boolean onWorkAxis = duration > 0 && actualStart == NONE;
		int driving = -1;
		int byLinks = Integer.MIN_VALUE;
		boolean startFinishDrives = false;
		for (int k = first; k < last; k++) {
			int candidate = onWorkAxis ? earlyStartWork(k, i, c) : earlyStartBy(n.predLinks[k], i, c);
			if (candidate > byLinks) {
				byLinks = candidate;
				driving = n.predSource[k];
				startFinishDrives = (n.predBits[k] & Network.TYPE_MASK) == SF;
			}
		}
		if (actualStart != NONE) {
			forwardStarted(i, c, duration, byLinks);
			return;
		}
		if (onWorkAxis && first != last) {
			if (this.statusDate != NONE) {
				int status = this.statusWork[n.calendar[i] + 1];
				if (status > byLinks) {
					byLinks = status;
					driving = -1;
				}
			}
			if (type == ALAP || type == ASAP) {
				this.esWork[i] = byLinks;
				this.efWork[i] = byLinks + duration;
				this.drivingPredecessor[i] = driving;
				if (this.lazy && !this.instantsWanted[i] && !(this.primavera && startFinishDrives && driving >= 0)) {
					this.es[i] = LAZY;
					return;
				}
				this.es[i] = c.startOfWork(byLinks);
				// P6 carries the instant across a start-to-finish link as it is: the
				// finish
				// is the predecessor's start (08:00), not the end of the previous period.
				this.ef[i] = (this.primavera && startFinishDrives && driving >= 0) ? c.startOfWork(byLinks + duration)
						: c.finishOfWork(byLinks + duration);
				this.drivingPredecessor[i] = driving;
				return;
			}
			byLinks = c.startOfWork(byLinks);
		}
		int date = n.constraintDate[i];
		int start;
		int finish = NONE;
		if (first == last) {
			if (type == SNET) {
				start = date;
			}
			else if (type == FNET) {
				finish = date;
				start = c.addWork(date, -duration);
			}
			else {
				start = this.projectStart;
			}
		}
		else {
			start = byLinks;
		}
		if (this.statusDate != NONE && start < this.statusDate) {
			start = this.statusDate;
			driving = -1;
		}
		start = workStart(c, start, duration == 0 && !n.startMilestone[i]);
		if (this.primavera && n.startMilestone[i] && first == last && type == ASAP && this.statusDate != NONE
				&& this.statusDate % MINUTES_PER_DAY == 0 && start == c.nextWorkStart(this.statusDate)) {
			// P6 dates a start milestone that opens the work at a data date of 00:00 at
			// the data date itself, not at the next work start (ADR 0103).
			start = this.statusDate;
		}
		int logical = start;
		if (type == SNET) {
			start = Math.max(start, date);
		}
		else if (type == FNLT) {
			start = Math.min(start, c.addWork(date, -duration));
		}
		else if (type == FNET) {
			start = Math.max(start, c.addWork(date, -duration));
		}
		else if (type == SNLT) {
			start = Math.min(start, date);
		}
		else if (type == MSO) {
			start = date;
		}
		else if (type == MFO) {
			finish = date;
			start = c.addWork(date, -duration);
		}
		this.es[i] = start;
		this.ef[i] = (finish != NONE) ? finish : c.addWork(start, duration);
		this.esWork[i] = c.workIndex(start);
		this.efWork[i] = c.workIndex(this.ef[i]);
		if (first != last && start < logical && (type == SNLT || type == FNLT || type == MSO || type == MFO)) {
			int late = c.workIndex(logical) - this.esWork[i];
			if (late > 0) {
				this.violations.add(new ConstraintViolation(n.ids[i], ConstraintType.values()[type],
						WorkCalendar.dateTimeOf(date), WorkCalendar.dateTimeOf(logical), late));
			}
		}
		this.drivingPredecessor[i] = (start == logical) ? driving : -1;
	}

	/**
	 * Retained logic: the actual part stays where it happened, the remaining work waits
	 * for the status date and for the links, as if the activity had not started.
	 */
	private void forwardStarted(int i, WorkCalendar c, int duration, int byLinks) {
		int actualStart = this.net.actualStart[i];
		int rest = this.remaining[i];
		if (this.primavera) {
			// The remaining early start: the data date, or later when the links say so
			// under retained logic; the remaining duration runs from there.
			int from = (this.statusDate != NONE) ? this.statusDate : actualStart;
			if (!this.progressOverride && rest > 0 && byLinks > from) {
				from = byLinks;
			}
			int start = c.nextWorkStart(from);
			this.es[i] = start;
			this.ef[i] = (rest == 0) ? start : c.addWork(start, rest);
			this.esWork[i] = c.workIndex(start);
			this.efWork[i] = c.workIndex(this.ef[i]);
			return;
		}
		int done = Math.max(0, duration - rest);
		int resume = c.addWork(actualStart, done);
		if (this.statusDate != NONE) {
			resume = Math.max(resume, this.statusDate);
		}
		if (rest > 0 && byLinks > resume) {
			resume = byLinks;
		}
		this.es[i] = actualStart;
		this.ef[i] = (rest == 0) ? resume : c.addWork(c.nextWorkStart(resume), rest);
		if (this.net.constraint[i] == FNET) {
			this.ef[i] = Math.max(this.ef[i], this.net.constraintDate[i]);
		}
		this.esWork[i] = c.workIndex(actualStart);
		this.efWork[i] = c.workIndex(this.ef[i]);
	}

	/**
	 * {@link #earlyStartBy} as a work index on {@code c}: on one calendar, adding work to
	 * an instant adds to its work index, so the dates of the predecessor need no
	 * conversion.
	 */
	private int earlyStartWork(int k, int s, WorkCalendar c) {
		Network n = this.net;
		int bits = n.predBits[k];
		if ((bits & Network.SAME_CALENDAR) == 0) {
			return c.workIndex(earlyStartBy(n.predLinks[k], s, c));
		}
		int p = n.predSource[k];
		int type = bits & Network.TYPE_MASK;
		boolean alap = this.alapPhase && n.constraint[p] == ALAP && n.constraint[s] != ALAP;
		if (type == FS) {
			return (alap ? this.lfWork[p] : this.efWork[p]) + this.predLag[k];
		}
		if (type == SS) {
			return (alap ? this.lsWork[p] : this.esWork[p]) + this.predLag[k];
		}
		if (type == FF) {
			int w = (alap ? this.lfWork[p] : this.efWork[p]) - this.remaining[s] + this.predLag[k];
			return Math.max(w, this.projectStartWork[n.calendar[s] + 1]);
		}
		return (alap ? this.lsWork[p] : this.esWork[p]) - this.duration[s] + this.predLag[k];
	}

	/** The early start that link {@code l} allows its successor {@code s}. */
	private int earlyStartBy(int l, int s, WorkCalendar c) {
		Network n = this.net;
		int p = n.linkPred[l];
		int type = n.linkType[l];
		boolean alap = this.alapPhase && n.constraint[p] == ALAP && n.constraint[s] != ALAP;
		int t;
		if (type == FS) {
			t = alap ? this.lf[p] : this.ef[p];
			return addLag(c, t, l, this.lag[l]);
		}
		if (type == SS) {
			t = alap ? this.ls[p] : this.es[p];
			return addLag(c, t, l, this.lag[l]);
		}
		if (type == FF) {
			t = alap ? this.lf[p] : this.ef[p];
			t = addLag(c, c.addWork(t, -this.remaining[s]), l, this.lag[l]);
			return Math.max(t, this.projectStart);
		}
		t = alap ? this.ls[p] : this.es[p];
		return addLag(c, c.addWork(t, -this.duration[s]), l, this.lag[l]);
	}

	/**
	 * Adds link {@code l}'s lag of {@code minutes} to instant {@code t}: working time on
	 * {@code c}, or clock minutes for an elapsed lag.
	 */
	private int addLag(WorkCalendar c, int t, int l, int minutes) {
		return this.net.lagElapsed[l] ? t + minutes : c.addWork(t, minutes);
	}

	/**
	 * The start of work at or after {@code t}; a milestone may also sit at the end of a
	 * working period, as in Microsoft Project.
	 */
	private static int workStart(WorkCalendar c, int t, boolean milestone) {
		if (milestone && c.isWorkFinish(t)) {
			return t;
		}
		return c.nextWorkStart(t);
	}

	/**
	 * Late dates; every step is monotone in time, so it runs on the working-time axis.
	 */
	private void backward(int i) {
		Network n = this.net;
		WorkCalendar c = calendar(i);
		int actualStart = n.actualStart[i];
		if (n.actualFinish[i] != NONE && this.primavera) {
			finishedPrimavera(i, c);
			return;
		}
		if (n.actualFinish[i] != NONE) {
			this.ls[i] = actualStart;
			this.lf[i] = n.actualFinish[i];
			this.lsWork[i] = c.workIndex(actualStart);
			this.lfWork[i] = c.workIndex(n.actualFinish[i]);
			this.calculatedLsWork[i] = this.lsWork[i];
			return;
		}
		int duration = this.duration[i];
		int projectFinish = this.projectFinishWork[n.calendar[i] + 1];
		int finish = Integer.MAX_VALUE;
		boolean startFinishLimits = false;
		for (int k = n.succFirst[i], end = n.succFirst[i + 1]; k < end; k++) {
			// MS Project ignores finished successors; P6 follows their late dates.
			if (this.primavera || (n.succBits[k] & Network.SUCC_FINISHED) == 0) {
				int byLink = lateFinishWork(k, i, c, projectFinish);
				if (byLink < finish) {
					finish = byLink;
					startFinishLimits = (n.succBits[k] & Network.TYPE_MASK) == SF && byLink < projectFinish;
				}
			}
		}
		if (finish == Integer.MAX_VALUE) {
			finish = projectFinish;
		}
		else if (duration == 0 && actualStart != NONE) {
			finish = c.workIndex(actualStart);
		}
		byte type = n.constraint[i];
		if (type == MSO) {
			finish = c.workIndex(n.constraintDate[i]) + duration;
		}
		else if (type == MFO) {
			finish = c.workIndex(n.constraintDate[i]);
		}
		else if (type == SNLT) {
			finish = Math.min(finish, c.workIndex(n.constraintDate[i]) + duration);
		}
		else if (type == FNLT) {
			finish = Math.min(finish, c.workIndex(n.constraintDate[i]));
		}
		if (n.deadline[i] != NONE) {
			finish = Math.min(finish, c.workIndex(n.deadline[i]));
		}
		int rest = this.remaining[i];
		this.lfWork[i] = finish;
		if (this.lazy && actualStart == NONE && !this.instantsWanted[i]) {
			// No other activity reads these late dates as instants.
			this.calculatedLsWork[i] = finish - rest;
			this.lsWork[i] = finish - rest;
			return;
		}
		// MS Project leaves a manual task's late finish where its successors put it (the
		// start of a working period), without moving it back to the end of the previous
		// one.
		boolean manual = n.manualStart[i] != NONE && actualStart == NONE && finish < projectFinish;
		// P6 gives a start milestone's late finish, as its late start, at the start of
		// the
		// next working period.
		this.lf[i] = (manual || n.startMilestone[i]) ? c.startOfWork(finish) : c.finishOfWork(finish);
		this.calculatedLsWork[i] = finish - rest;
		// A start milestone's late start is the start of the next working period (P6).
		int calculated = (rest == 0 && !n.startMilestone[i]) ? this.lf[i] : c.startOfWork(finish - rest);
		// P6 carries the instant across a start-to-finish link as it is: the late start
		// is
		// the successor's late finish (16:00), not the next work start.
		if (this.primavera && startFinishLimits && rest > 0 && actualStart == NONE && type != MSO && type != MFO
				&& type != SNLT && type != FNLT && n.deadline[i] == NONE && finish - rest > 0) {
			calculated = c.finishOfWork(finish - rest);
		}
		// A started activity's late start is its actual start (MS Project), unless its
		// successors need it to finish before that: then the late start is the
		// calculated one, so that the late finish is never before the late start. P6
		// gives the remaining late start, always calculated.
		boolean keepsActualStart = actualStart != NONE && !this.primavera && this.lf[i] >= actualStart;
		this.ls[i] = keepsActualStart ? actualStart : calculated;
		this.lsWork[i] = keepsActualStart ? c.workIndex(actualStart) : this.calculatedLsWork[i];
	}

	/**
	 * P6's late dates of a finished activity: both are the latest finish its successors
	 * allow (the project finish without any), as an instant, not moved back to the end of
	 * the previous working period.
	 */
	private void finishedPrimavera(int i, WorkCalendar c) {
		Network n = this.net;
		int finish = Integer.MAX_VALUE;
		for (int k = n.succFirst[i], end = n.succFirst[i + 1]; k < end; k++) {
			finish = Math.min(finish, lateFinishBy(n.succLinks[k], i));
		}
		if (finish == Integer.MAX_VALUE) {
			finish = this.projectFinish;
		}
		this.ls[i] = finish;
		this.lf[i] = finish;
		this.lsWork[i] = c.workIndex(finish);
		this.lfWork[i] = this.lsWork[i];
		this.calculatedLsWork[i] = this.lsWork[i];
	}

	/**
	 * A manual task's late finish by a link from its start (start-to-start or
	 * start-to-finish), as MS Project gives it: the successor's late finish when the
	 * successor has no successors, else the project finish (MPXJ's
	 * {@code MicrosoftScheduler} found the same).
	 */
	private int manualStartToStart(int s, int projectFinish, int successorLateFinish) {
		return (this.net.succFirst[s] == this.net.succFirst[s + 1]) ? successorLateFinish : projectFinish;
	}

	/** {@link #lateFinishBy} as a work index on the predecessor's calendar {@code c}. */
	private int lateFinishWork(int k, int p, WorkCalendar c, int projectFinish) {
		Network n = this.net;
		int bits = n.succBits[k];
		if ((bits & Network.SAME_CALENDAR) == 0) {
			return c.workIndex(lateFinishBy(n.succLinks[k], p));
		}
		int s = n.succTarget[k];
		int type = bits & Network.TYPE_MASK;
		int finish;
		if (type == FS) {
			finish = this.calculatedLsWork[s] - this.succLag[k];
		}
		else if (type == SS) {
			if ((bits & (Network.PRED_STARTED | Network.SUCC_STARTED)) != 0) {
				return projectFinish;
			}
			if (n.manualStart[p] != NONE) {
				return manualStartToStart(s, projectFinish, this.lfWork[s]);
			}
			finish = this.lsWork[s] - this.succLag[k] + this.duration[p];
		}
		else if (type == FF) {
			finish = this.lfWork[s] - this.succLag[k];
		}
		else if (n.manualStart[p] != NONE) {
			return manualStartToStart(s, projectFinish, this.lfWork[s]);
		}
		else {
			finish = this.lfWork[s] + this.duration[p] - this.succLag[k];
		}
		return Math.min(finish, projectFinish);
	}

	/**
	 * The late start from the late finish, also for a started activity whose late start
	 * is its actual start.
	 */
	private int calculatedLateStart(int s, WorkCalendar cs) {
		if (this.net.actualFinish[s] != NONE && this.primavera) {
			return this.ls[s];
		}
		if (this.net.actualFinish[s] != NONE) {
			return this.net.actualStart[s];
		}
		return (this.remaining[s] == 0) ? this.lf[s] : cs.startOfWork(this.calculatedLsWork[s]);
	}

	/** The late finish that link {@code l} allows its predecessor {@code p}. */
	private int lateFinishBy(int l, int p) {
		Network n = this.net;
		int s = n.linkSucc[l];
		int type = n.linkType[l];
		WorkCalendar cs = calendar(s);
		int lagMinutes = -this.lag[l];
		int finish;
		if (type == FS) {
			finish = addLag(cs, calculatedLateStart(s, cs), l, lagMinutes);
		}
		else if (type == SS) {
			if (n.actualStart[p] != NONE || n.actualStart[s] != NONE) {
				return this.projectFinish;
			}
			if (n.manualStart[p] != NONE) {
				return manualStartToStart(s, this.projectFinish, this.lf[s]);
			}
			WorkCalendar cp = calendar(p);
			int start = addLag(cs, cp.nextWorkStart(this.ls[s]), l, lagMinutes);
			finish = cp.addWork(start, this.duration[p]);
		}
		else if (type == FF) {
			finish = addLag(cs, this.lf[s], l, lagMinutes);
		}
		else if (n.manualStart[p] != NONE) {
			return manualStartToStart(s, this.projectFinish, this.lf[s]);
		}
		else {
			finish = addLag(cs, calendar(p).addWork(this.lf[s], this.duration[p]), l, lagMinutes);
		}
		return Math.min(finish, this.projectFinish);
	}

	/**
	 * {@link #earlyStartWork} read from the successor side, for links on one calendar.
	 */
	private int succeedingStartWork(int k, int p, int s) {
		Network n = this.net;
		int type = n.succBits[k] & Network.TYPE_MASK;
		boolean alap = this.alapPhase && n.constraint[p] == ALAP && n.constraint[s] != ALAP;
		if (type == FS) {
			return (alap ? this.lfWork[p] : this.efWork[p]) + this.succLag[k];
		}
		if (type == SS) {
			return (alap ? this.lsWork[p] : this.esWork[p]) + this.succLag[k];
		}
		if (type == FF) {
			int w = (alap ? this.lfWork[p] : this.efWork[p]) - this.remaining[s] + this.succLag[k];
			return Math.max(w, this.projectStartWork[n.calendar[s] + 1]);
		}
		return (alap ? this.lsWork[p] : this.esWork[p]) - this.duration[s] + this.succLag[k];
	}

	private void totalFloatInto(int[] total) {
		Network n = this.net;
		for (int i = 0; i < n.count; i++) {
			if (n.kind[i] == SUMMARY || n.actualFinish[i] != NONE) {
				total[i] = 0;
				continue;
			}
			int finishFloat = this.lfWork[i] - this.efWork[i];
			total[i] = (n.actualStart[i] != NONE) ? finishFloat
					: Math.min(this.lsWork[i] - this.esWork[i], finishFloat);
		}
	}

	/**
	 * Free float: how far an activity can slip without moving a successor's early start,
	 * never more than its total float and never negative.
	 */
	private int[] freeFloat(int[] totalFloat) {
		Network n = this.net;
		int[] free = new int[n.count];
		for (int i = 0; i < n.count; i++) {
			if (n.kind[i] == SUMMARY || n.actualFinish[i] != NONE) {
				continue;
			}
			int slack = Math.min(totalFloat[i], this.projectFinishWork[n.calendar[i] + 1] - this.efWork[i]);
			for (int k = n.succFirst[i], end = n.succFirst[i + 1]; k < end; k++) {
				int bits = n.succBits[k];
				if ((bits & Network.SUCC_STARTED) != 0) {
					continue;
				}
				int s = n.succTarget[k];
				int l = n.succLinks[k];
				int allowed = ((bits & Network.SAME_CALENDAR) != 0) ? succeedingStartWork(k, i, s)
						: calendar(s).workIndex(earlyStartBy(l, s, calendar(s)));
				slack = Math.min(slack, Math.max(0, this.esWork[s] - allowed));
			}
			free[i] = Math.max(0, slack);
		}
		return free;
	}

}
