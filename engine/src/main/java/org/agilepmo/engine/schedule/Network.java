package org.agilepmo.engine.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.engine.calendar.WorkCalendar;

/**
 * An immutable activity network: activities, links, constraints and progress, held in
 * primitive arrays indexed by activity number (the order of {@link Builder#task}) so that
 * a million activities cost a few dozen megabytes and no object per activity.
 */
public final class Network {

	static final int NONE = Integer.MIN_VALUE;

	final LocalDateTime projectStart;

	final LocalDateTime statusDate;

	/**
	 * The finish date of a project scheduled from its finish (MS Project's "schedule
	 * from: project finish date"), or null for one scheduled from its start.
	 */
	final LocalDateTime scheduledFinish;

	final int count;

	final String[] ids;

	final String[] names;

	final byte[] kind;

	final int[] duration;

	final int[] calendar;

	final List<WorkCalendar> calendars;

	final byte[] constraint;

	final int[] constraintDate;

	final int[] deadline;

	final int[] parent;

	final int[] actualStart;

	final int[] actualFinish;

	final int[] remaining;

	final int[] percentComplete;

	/**
	 * A manually scheduled activity's start and finish, kept as given; NONE otherwise.
	 */
	final int[] manualStart;

	final int[] manualFinish;

	/**
	 * P6's start milestones: dated at the start of the next working period, where a
	 * (finish) milestone stays at the end of the previous one.
	 */
	final boolean[] startMilestone;

	/**
	 * P6's level-of-effort activities: their dates span what their links reach, and their
	 * links drive nothing ({@link Builder#levelOfEffort}).
	 */
	final boolean[] levelOfEffort;

	/**
	 * The links to and from level-of-effort activities, kept out of the passes: number
	 * {@code k} links {@code loePred[k]} to {@code loeSucc[k]}.
	 */
	final int[] loePred;

	final int[] loeSucc;

	final byte[] loeType;

	final int[] loeLag;

	final boolean[] loeLagElapsed;

	/** A level-of-effort link's lag as given: its percentage when a percentage. */
	final int[] loeLagValue;

	final boolean[] loeLagPercent;

	final SchedulingRules rules;

	final ProgressedActivities progressed;

	final int linkCount;

	final int[] linkPred;

	final int[] linkSucc;

	final byte[] linkType;

	final int[] lagValue;

	final boolean[] lagPercent;

	/** Lags of clock time (24×7), added as minutes instead of working time. */
	final boolean[] lagElapsed;

	/** Links into activity i are {@code predLinks[predFirst[i] .. predFirst[i+1])}. */
	final int[] predFirst;

	final int[] predLinks;

	final int[] succFirst;

	final int[] succLinks;

	/** Lags in minutes, percentages resolved against the predecessor's duration. */
	final int[] lagMinutes;

	static final int TYPE_MASK = 3;

	static final int SAME_CALENDAR = 4;

	static final int PRED_STARTED = 8;

	static final int SUCC_STARTED = 16;

	static final int SUCC_FINISHED = 32;

	/*
	 * The links again in the order of predLinks and succLinks, with what the passes need
	 * packed in, so that a pass reads them sequentially instead of jumping by link
	 * number.
	 */
	final int[] predSource;

	final byte[] predBits;

	final int[] predLag;

	final int[] succTarget;

	final byte[] succBits;

	final int[] succLag;

	private Map<String, Integer> index;

	private Network(Builder b) {
		this.projectStart = b.projectStart;
		this.statusDate = b.statusDate;
		this.scheduledFinish = b.scheduledFinish;
		this.count = b.count;
		this.ids = Arrays.copyOf(b.ids, b.count);
		this.names = Arrays.copyOf(b.names, b.count);
		this.kind = Arrays.copyOf(b.kind, b.count);
		this.duration = Arrays.copyOf(b.duration, b.count);
		this.calendar = Arrays.copyOf(b.calendar, b.count);
		this.calendars = List.copyOf(b.calendars);
		this.constraint = Arrays.copyOf(b.constraint, b.count);
		this.constraintDate = Arrays.copyOf(b.constraintDate, b.count);
		this.deadline = Arrays.copyOf(b.deadline, b.count);
		this.parent = Arrays.copyOf(b.parent, b.count);
		this.actualStart = Arrays.copyOf(b.actualStart, b.count);
		this.actualFinish = Arrays.copyOf(b.actualFinish, b.count);
		this.remaining = Arrays.copyOf(b.remaining, b.count);
		this.percentComplete = Arrays.copyOf(b.percentComplete, b.count);
		this.manualStart = Arrays.copyOf(b.manualStart, b.count);
		this.manualFinish = Arrays.copyOf(b.manualFinish, b.count);
		this.startMilestone = Arrays.copyOf(b.startMilestone, b.count);
		this.rules = b.rules;
		this.progressed = b.progressed;
		this.levelOfEffort = Arrays.copyOf(b.levelOfEffort, b.count);
		int loeLinks = 0;
		for (int l = 0; l < b.linkCount; l++) {
			if (this.levelOfEffort[b.linkPred[l]] || this.levelOfEffort[b.linkSucc[l]]) {
				loeLinks++;
			}
		}
		this.linkCount = b.linkCount - loeLinks;
		this.linkPred = new int[this.linkCount];
		this.linkSucc = new int[this.linkCount];
		this.linkType = new byte[this.linkCount];
		this.lagValue = new int[this.linkCount];
		this.lagPercent = new boolean[this.linkCount];
		this.lagElapsed = new boolean[this.linkCount];
		this.loePred = new int[loeLinks];
		this.loeSucc = new int[loeLinks];
		this.loeType = new byte[loeLinks];
		this.loeLag = new int[loeLinks];
		this.loeLagElapsed = new boolean[loeLinks];
		this.loeLagValue = new int[loeLinks];
		this.loeLagPercent = new boolean[loeLinks];
		for (int l = 0, kept = 0, aside = 0; l < b.linkCount; l++) {
			int p = b.linkPred[l];
			if (this.levelOfEffort[p] || this.levelOfEffort[b.linkSucc[l]]) {
				this.loePred[aside] = p;
				this.loeSucc[aside] = b.linkSucc[l];
				this.loeType[aside] = b.linkType[l];
				this.loeLag[aside] = b.lagPercent[l]
						? (int) Math.round(this.duration[p] * (double) b.lagValue[l] / 100.0) : b.lagValue[l];
				this.loeLagElapsed[aside] = b.lagElapsed[l];
				this.loeLagValue[aside] = b.lagValue[l];
				this.loeLagPercent[aside] = b.lagPercent[l];
				aside++;
				continue;
			}
			this.linkPred[kept] = p;
			this.linkSucc[kept] = b.linkSucc[l];
			this.linkType[kept] = b.linkType[l];
			this.lagValue[kept] = b.lagValue[l];
			this.lagPercent[kept] = b.lagPercent[l];
			this.lagElapsed[kept] = b.lagElapsed[l];
			kept++;
		}
		this.predFirst = new int[this.count + 1];
		this.predLinks = new int[this.linkCount];
		this.succFirst = new int[this.count + 1];
		this.succLinks = new int[this.linkCount];
		bucket(this.linkSucc, this.predFirst, this.predLinks);
		bucket(this.linkPred, this.succFirst, this.succLinks);
		this.lagMinutes = new int[this.linkCount];
		byte[] bits = new byte[this.linkCount];
		for (int l = 0; l < this.linkCount; l++) {
			int p = this.linkPred[l];
			int s = this.linkSucc[l];
			int value = this.lagValue[l];
			this.lagMinutes[l] = this.lagPercent[l] ? (int) Math.round(this.duration[p] * (double) value / 100.0)
					: value;
			// A percentage of an elapsed predecessor is a share of clock time: MS Project
			// gives the lag the predecessor's duration units (elapsed days stay elapsed).
			if (this.lagPercent[l] && isElapsed(p)) {
				this.lagElapsed[l] = true;
			}
			// An elapsed lag is not work on the shared calendar: such a link takes the
			// passes' general path.
			boolean sameAxis = this.calendar[p] == this.calendar[s] && !this.lagElapsed[l];
			bits[l] = (byte) (this.linkType[l] | (sameAxis ? SAME_CALENDAR : 0)
					| ((this.actualStart[p] != NONE) ? PRED_STARTED : 0)
					| ((this.actualStart[s] != NONE) ? SUCC_STARTED : 0)
					| ((this.actualFinish[s] != NONE) ? SUCC_FINISHED : 0));
		}
		this.predSource = new int[this.linkCount];
		this.predBits = new byte[this.linkCount];
		this.predLag = new int[this.linkCount];
		this.succTarget = new int[this.linkCount];
		this.succBits = new byte[this.linkCount];
		this.succLag = new int[this.linkCount];
		for (int k = 0; k < this.linkCount; k++) {
			int in = this.predLinks[k];
			this.predSource[k] = this.linkPred[in];
			this.predBits[k] = bits[in];
			this.predLag[k] = this.lagMinutes[in];
			int out = this.succLinks[k];
			this.succTarget[k] = this.linkSucc[out];
			this.succBits[k] = bits[out];
			this.succLag[k] = this.lagMinutes[out];
		}
	}

	/**
	 * Counting sort of link numbers by activity, keeping link order within an activity.
	 */
	private void bucket(int[] activityOfLink, int[] first, int[] links) {
		for (int l = 0; l < this.linkCount; l++) {
			first[activityOfLink[l] + 1]++;
		}
		for (int i = 0; i < this.count; i++) {
			first[i + 1] += first[i];
		}
		int[] next = Arrays.copyOf(first, this.count);
		for (int l = 0; l < this.linkCount; l++) {
			links[next[activityOfLink[l]]++] = l;
		}
	}

	/**
	 * Starts a network whose activities start no earlier than {@code projectStart} unless
	 * a constraint or a lead says otherwise.
	 */
	public static Builder builder(LocalDateTime projectStart) {
		return new Builder(projectStart, 16, 32);
	}

	/** A builder sized for {@code activities} activities and {@code links} links. */
	public static Builder builder(LocalDateTime projectStart, int activities, int links) {
		return new Builder(projectStart, activities, links);
	}

	public LocalDateTime projectStart() {
		return this.projectStart;
	}

	/**
	 * The date up to which progress is reported, or null; remaining work starts after it.
	 */
	public LocalDateTime statusDate() {
		return this.statusDate;
	}

	public SchedulingRules rules() {
		return this.rules;
	}

	public ProgressedActivities progressedActivities() {
		return this.progressed;
	}

	public int activityCount() {
		return this.count;
	}

	public int linkCount() {
		return this.linkCount;
	}

	public String id(int activity) {
		return this.ids[activity];
	}

	public String name(int activity) {
		return this.names[activity];
	}

	public ActivityKind kind(int activity) {
		return ActivityKind.values()[this.kind[activity]];
	}

	public int durationMinutes(int activity) {
		return this.duration[activity];
	}

	/** The activity numbered {@code id}, or -1. */
	public int indexOf(String id) {
		Map<String, Integer> map = this.index;
		if (map == null) {
			map = new HashMap<>(this.count * 2);
			for (int i = 0; i < this.count; i++) {
				map.put(this.ids[i], i);
			}
			this.index = map;
		}
		Integer i = map.get(id);
		return (i != null) ? i : -1;
	}

	/**
	 * True if the activity's duration is elapsed time (24×7), see
	 * {@link Builder#elapsed}.
	 */
	public boolean isElapsed(int activity) {
		WorkCalendar c = calendar(activity);
		return c != null && c.isContinuous();
	}

	/**
	 * The predecessor of link {@code l} (links are numbered in the order they were
	 * added).
	 */
	public int linkPredecessor(int l) {
		return this.linkPred[l];
	}

	public int linkSuccessor(int l) {
		return this.linkSucc[l];
	}

	public LinkType linkType(int l) {
		return LinkType.values()[this.linkType[l]];
	}

	/**
	 * The lag in minutes, a percentage lag resolved against the predecessor's duration.
	 */
	public int lagMinutes(int l) {
		return this.lagMinutes[l];
	}

	/** True if the lag is clock time (24×7) rather than work. */
	public boolean isLagElapsed(int l) {
		return this.lagElapsed[l];
	}

	public ConstraintType constraintType(int activity) {
		return ConstraintType.values()[this.constraint[activity]];
	}

	/** The constraint's date, or null for none. */
	public LocalDateTime constraintDate(int activity) {
		int d = this.constraintDate[activity];
		return (d == NONE) ? null : WorkCalendar.dateTimeOf(d);
	}

	/** The deadline, or null for none. */
	public LocalDateTime deadline(int activity) {
		int d = this.deadline[activity];
		return (d == NONE) ? null : WorkCalendar.dateTimeOf(d);
	}

	public boolean isStarted(int activity) {
		return this.actualStart[activity] != NONE;
	}

	public boolean isFinished(int activity) {
		return this.actualFinish[activity] != NONE;
	}

	/** True for a manually scheduled activity whose dates are kept as given. */
	public boolean isManual(int activity) {
		return this.manualStart[activity] != NONE;
	}

	/** The finish a project scheduled from its finish keeps, or null. */
	public LocalDateTime scheduledFinish() {
		return this.scheduledFinish;
	}

	/** True if the activity is a P6 level-of-effort activity. */
	public boolean isLevelOfEffort(int activity) {
		return this.levelOfEffort[activity];
	}

	/** The activity's own calendar, or null for the project calendar. */
	public WorkCalendar calendar(int activity) {
		int c = this.calendar[activity];
		return (c < 0) ? null : this.calendars.get(c);
	}

	/**
	 * Collects activities and links. Each adding method returns the new activity's
	 * number, used to refer to it in links and in the results.
	 */
	public static final class Builder {

		private final LocalDateTime projectStart;

		private LocalDateTime statusDate;

		private LocalDateTime scheduledFinish;

		private int count;

		private String[] ids;

		private String[] names;

		private byte[] kind;

		private int[] duration;

		private int[] calendar;

		private final List<WorkCalendar> calendars = new ArrayList<>();

		private byte[] constraint;

		private int[] constraintDate;

		private int[] deadline;

		private int[] parent;

		private int[] actualStart;

		private int[] actualFinish;

		private int[] remaining;

		private int[] percentComplete;

		private int[] manualStart;

		private int[] manualFinish;

		private boolean[] startMilestone;

		private boolean[] levelOfEffort;

		private SchedulingRules rules = SchedulingRules.MICROSOFT_PROJECT;

		private ProgressedActivities progressed = ProgressedActivities.RETAINED_LOGIC;

		private int linkCount;

		private int[] linkPred;

		private int[] linkSucc;

		private byte[] linkType;

		private int[] lagValue;

		private boolean[] lagPercent;

		private boolean[] lagElapsed;

		private Builder(LocalDateTime projectStart, int activities, int links) {
			WorkCalendar.minuteOf(projectStart);
			this.projectStart = projectStart;
			int a = Math.max(activities, 1);
			int l = Math.max(links, 1);
			this.ids = new String[a];
			this.names = new String[a];
			this.kind = new byte[a];
			this.duration = new int[a];
			this.calendar = new int[a];
			this.constraint = new byte[a];
			this.constraintDate = new int[a];
			this.deadline = new int[a];
			this.parent = new int[a];
			this.actualStart = new int[a];
			this.actualFinish = new int[a];
			this.remaining = new int[a];
			this.percentComplete = new int[a];
			this.manualStart = new int[a];
			this.manualFinish = new int[a];
			this.startMilestone = new boolean[a];
			this.levelOfEffort = new boolean[a];
			this.linkPred = new int[l];
			this.linkSucc = new int[l];
			this.linkType = new byte[l];
			this.lagValue = new int[l];
			this.lagPercent = new boolean[l];
			this.lagElapsed = new boolean[l];
		}

		/** Whose conventions to follow where MS Project and P6 differ (ADR 0103). */
		public Builder rules(SchedulingRules schedulingRules) {
			this.rules = (schedulingRules != null) ? schedulingRules : SchedulingRules.MICROSOFT_PROJECT;
			return this;
		}

		/**
		 * Whether an out-of-sequence activity's remaining work waits for its predecessors
		 * (P6's project setting; MS Project always retains the logic).
		 */
		public Builder progressedActivities(ProgressedActivities mode) {
			this.progressed = (mode != null) ? mode : ProgressedActivities.RETAINED_LOGIC;
			return this;
		}

		/**
		 * Makes the activity manually scheduled, as MS Project's manual tasks: its early
		 * dates are the ones given, whatever its links say, and its successors follow
		 * them.
		 */
		public Builder manual(int activity, LocalDateTime start, LocalDateTime finish) {
			check(activity);
			if (finish.isBefore(start)) {
				throw new IllegalArgumentException(this.ids[activity] + " finishes before it starts");
			}
			this.manualStart[activity] = WorkCalendar.minuteOf(start);
			this.manualFinish[activity] = WorkCalendar.minuteOf(finish);
			return this;
		}

		/**
		 * Schedules the project from its finish, as MS Project does when a project is
		 * scheduled from its finish date: the backward pass starts at {@code finish}
		 * (whatever the early finishes), the project start is the earliest late start,
		 * and the forward pass runs from there. Its tasks are as late as possible when
		 * their constraint says so, which MS Project gives every new task of such a
		 * project (ADR 0103).
		 */
		public Builder scheduleFromFinish(LocalDateTime finish) {
			if (finish != null) {
				WorkCalendar.minuteOf(finish);
			}
			this.scheduledFinish = finish;
			return this;
		}

		public Builder statusDate(LocalDateTime statusDate) {
			WorkCalendar.minuteOf(statusDate);
			this.statusDate = statusDate;
			return this;
		}

		/**
		 * Adds a task of {@code durationMinutes} working minutes; zero makes a milestone.
		 */
		public int task(String id, String name, int durationMinutes) {
			if (durationMinutes < 0) {
				throw new IllegalArgumentException("activity " + id + " has a negative duration");
			}
			return add(id, name, (durationMinutes == 0) ? ActivityKind.MILESTONE : ActivityKind.TASK, durationMinutes);
		}

		public int milestone(String id, String name) {
			return add(id, name, ActivityKind.MILESTONE, 0);
		}

		/**
		 * Adds a start milestone (P6's {@code START_MILESTONE}): it marks the start of
		 * what follows, so it is dated at the start of the next working period (08:00),
		 * early and late. A {@link #milestone} is a finish milestone: it stays at the end
		 * of the working period that leads to it (17:00), as in MS Project and for P6's
		 * finish milestones.
		 */
		public int startMilestone(String id, String name) {
			int i = add(id, name, ActivityKind.MILESTONE, 0);
			this.startMilestone[i] = true;
			return i;
		}

		/**
		 * Adds a P6 level-of-effort activity: its dates span from what its predecessors
		 * and successors reach (its start from start-to-start and finish-to-start
		 * predecessors, its finish from finish-to-start and finish-to-finish successors,
		 * and so on), computed after the passes; its links drive no other activity and it
		 * adds nothing to the project's length (ADR 0103).
		 */
		public int levelOfEffort(String id, String name) {
			int i = add(id, name, ActivityKind.TASK, 0);
			this.levelOfEffort[i] = true;
			return i;
		}

		/** Adds a WBS element; give it children with {@link #parent(int, int)}. */
		public int summary(String id, String name) {
			return add(id, name, ActivityKind.SUMMARY, 0);
		}

		/** Makes {@code child} part of the summary {@code summary}. */
		public Builder parent(int child, int summary) {
			check(child);
			check(summary);
			if (this.kind[summary] != ActivityKind.SUMMARY.ordinal()) {
				throw new IllegalArgumentException(this.ids[summary] + " is not a summary activity");
			}
			for (int s = summary; s >= 0; s = this.parent[s]) {
				if (s == child) {
					throw new IllegalArgumentException(this.ids[child] + " cannot be inside itself");
				}
			}
			this.parent[child] = summary;
			return this;
		}

		/**
		 * Schedules the activity on {@code workCalendar} instead of the project calendar.
		 */
		public Builder calendar(int activity, WorkCalendar workCalendar) {
			check(activity);
			int c = this.calendars.indexOf(workCalendar);
			if (c < 0) {
				c = this.calendars.size();
				this.calendars.add(workCalendar);
			}
			this.calendar[activity] = c;
			return this;
		}

		/**
		 * Makes the activity's duration elapsed time, as MS Project's {@code ed},
		 * {@code eh}, {@code ew}, {@code emo}: it runs on the clock, 24 hours a day and 7
		 * days a week ({@link WorkCalendar#continuous()}), instead of on a working
		 * calendar. It can start and finish outside working time.
		 */
		public Builder elapsed(int activity) {
			return calendar(activity, WorkCalendar.continuous());
		}

		public Builder constrain(int activity, ConstraintType type, LocalDateTime date) {
			check(activity);
			if (type.isDated() != (date != null)) {
				throw new IllegalArgumentException(type + (type.isDated() ? " needs a date" : " takes no date"));
			}
			this.constraint[activity] = (byte) type.ordinal();
			this.constraintDate[activity] = (date != null) ? WorkCalendar.minuteOf(date) : NONE;
			return this;
		}

		public Builder deadline(int activity, LocalDateTime date) {
			check(activity);
			this.deadline[activity] = WorkCalendar.minuteOf(date);
			return this;
		}

		/**
		 * Records that the activity started and has {@code percentComplete} of its
		 * duration done.
		 */
		public Builder started(int activity, LocalDateTime actualStart, int percentComplete) {
			check(activity);
			if (percentComplete < 0 || percentComplete > 100) {
				throw new IllegalArgumentException("percent complete must be 0..100 but was " + percentComplete);
			}
			this.actualStart[activity] = WorkCalendar.minuteOf(actualStart);
			this.percentComplete[activity] = percentComplete;
			this.remaining[activity] = NONE;
			return this;
		}

		/**
		 * Records that the activity started and needs {@code remainingMinutes} more work.
		 */
		public Builder startedWithRemaining(int activity, LocalDateTime actualStart, int remainingMinutes) {
			check(activity);
			if (remainingMinutes < 0) {
				throw new IllegalArgumentException("remaining duration must not be negative");
			}
			this.actualStart[activity] = WorkCalendar.minuteOf(actualStart);
			this.remaining[activity] = remainingMinutes;
			int total = this.duration[activity];
			this.percentComplete[activity] = (total == 0) ? 0
					: (int) Math.round(100.0 * Math.max(0, total - remainingMinutes) / total);
			return this;
		}

		public Builder finished(int activity, LocalDateTime actualStart, LocalDateTime actualFinish) {
			check(activity);
			if (actualFinish.isBefore(actualStart)) {
				throw new IllegalArgumentException(this.ids[activity] + " finishes before it starts");
			}
			this.actualStart[activity] = WorkCalendar.minuteOf(actualStart);
			this.actualFinish[activity] = WorkCalendar.minuteOf(actualFinish);
			this.remaining[activity] = 0;
			this.percentComplete[activity] = 100;
			return this;
		}

		public Builder link(int predecessor, int successor, LinkType type, Lag lag) {
			check(predecessor);
			check(successor);
			if (this.kind[predecessor] == ActivityKind.SUMMARY.ordinal()
					|| this.kind[successor] == ActivityKind.SUMMARY.ordinal()) {
				throw new IllegalArgumentException("link " + this.ids[predecessor] + " -> " + this.ids[successor]
						+ " touches a summary activity; link its children instead");
			}
			if (this.linkCount == this.linkPred.length) {
				int size = this.linkCount + (this.linkCount >> 1) + 1;
				this.linkPred = Arrays.copyOf(this.linkPred, size);
				this.linkSucc = Arrays.copyOf(this.linkSucc, size);
				this.linkType = Arrays.copyOf(this.linkType, size);
				this.lagValue = Arrays.copyOf(this.lagValue, size);
				this.lagPercent = Arrays.copyOf(this.lagPercent, size);
				this.lagElapsed = Arrays.copyOf(this.lagElapsed, size);
			}
			int l = this.linkCount++;
			this.linkPred[l] = predecessor;
			this.linkSucc[l] = successor;
			this.linkType[l] = (byte) type.ordinal();
			this.lagValue[l] = lag.value();
			this.lagPercent[l] = lag.percent();
			this.lagElapsed[l] = lag.elapsed();
			return this;
		}

		public Builder link(int predecessor, int successor, LinkType type) {
			return link(predecessor, successor, type, Lag.NONE);
		}

		public Builder finishToStart(int predecessor, int successor) {
			return link(predecessor, successor, LinkType.FINISH_START, Lag.NONE);
		}

		public Network build() {
			return new Network(this);
		}

		private int add(String id, String name, ActivityKind activityKind, int minutes) {
			if (this.count == this.ids.length) {
				grow(this.count + (this.count >> 1) + 1);
			}
			int i = this.count++;
			this.ids[i] = id;
			this.names[i] = (name != null) ? name : id;
			this.kind[i] = (byte) activityKind.ordinal();
			this.duration[i] = minutes;
			this.calendar[i] = -1;
			this.constraintDate[i] = NONE;
			this.deadline[i] = NONE;
			this.parent[i] = -1;
			this.actualStart[i] = NONE;
			this.actualFinish[i] = NONE;
			this.remaining[i] = NONE;
			this.manualStart[i] = NONE;
			this.manualFinish[i] = NONE;
			return i;
		}

		private void grow(int size) {
			this.ids = Arrays.copyOf(this.ids, size);
			this.names = Arrays.copyOf(this.names, size);
			this.kind = Arrays.copyOf(this.kind, size);
			this.duration = Arrays.copyOf(this.duration, size);
			this.calendar = Arrays.copyOf(this.calendar, size);
			this.constraint = Arrays.copyOf(this.constraint, size);
			this.constraintDate = Arrays.copyOf(this.constraintDate, size);
			this.deadline = Arrays.copyOf(this.deadline, size);
			this.parent = Arrays.copyOf(this.parent, size);
			this.actualStart = Arrays.copyOf(this.actualStart, size);
			this.actualFinish = Arrays.copyOf(this.actualFinish, size);
			this.remaining = Arrays.copyOf(this.remaining, size);
			this.percentComplete = Arrays.copyOf(this.percentComplete, size);
			this.manualStart = Arrays.copyOf(this.manualStart, size);
			this.manualFinish = Arrays.copyOf(this.manualFinish, size);
			this.startMilestone = Arrays.copyOf(this.startMilestone, size);
			this.levelOfEffort = Arrays.copyOf(this.levelOfEffort, size);
		}

		private void check(int activity) {
			if (activity < 0 || activity >= this.count) {
				throw new IllegalArgumentException("no activity number " + activity);
			}
		}

	}

}
