package org.agilepmo.engine.levelling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;

/**
 * Levels a scheduled plan the way a planner knows it from MS Project: activities are only
 * ever delayed from their scheduled start, never brought forward; started and finished
 * work, manual tasks, as-late-as-possible activities, must-start/finish-on dates and
 * activities marked "do not level" (or of priority 1000) stay where they are; start and
 * finish no-later-than constraints and deadlines bound the delay; in
 * {@link Mode#WITHIN_FLOAT} every activity stays within its total float, so the finish
 * never moves.
 * <p>
 * The plan becomes a {@link LevellingProblem} on a grid of equal periods: the greatest
 * common divisor of the calendars' working-time boundaries (at least 15 minutes), counted
 * from the midnight before the project start. A period works for a calendar when all of
 * it is working time; a resource's capacity in a period is its maximum units when its
 * calendar works then, else nothing. Durations and lags are rounded up to whole periods.
 * A levelled activity keeps its duration and calendar: its start is the first working
 * minute of its levelled period, its finish that start plus its work, and its levelling
 * delay the clock minutes between the scheduled and the levelled start (MS Project keeps
 * levelling delay as elapsed time).
 */
public final class PlanLevelling {

	/** Whether the project finish may move. */
	public enum Mode {

		/** Delay activities only within their total float: the finish never moves. */
		WITHIN_FLOAT,

		/** Delay as much as needed, the finish moves if it must. */
		EXTEND_FINISH

	}

	/**
	 * A resource: maximum units in percent (100 = one full-time person), its calendar or
	 * null for the project's.
	 */
	public record Resource(String id, int maxUnits, WorkCalendar calendar) {
	}

	/** An activity's use of a resource, in percent. */
	public record Assignment(String activityId, String resourceId, int units) {
	}

	/**
	 * What to level: the plan's resources and assignments, the mode, activities that may
	 * not move, priorities 0..1000 (default 500) and the budget.
	 */
	public record Request(List<Resource> resources, List<Assignment> assignments, Mode mode, Set<String> doNotLevel,
			Map<String, Integer> priorities, LevellingOptions options) {

		public Request {
			resources = List.copyOf(resources);
			assignments = List.copyOf(assignments);
			doNotLevel = Set.copyOf(doNotLevel);
			priorities = Map.copyOf(priorities);
		}

	}

	/**
	 * An activity that levelling moved, and the resources that were over-allocated at its
	 * scheduled start.
	 */
	public record Move(String id, String name, LocalDateTime startBefore, LocalDateTime finishBefore,
			LocalDateTime start, LocalDateTime finish, long delayMinutes, List<String> causedBy) {
	}

	/**
	 * Per resource and day: the peak units used before and after, against the capacity
	 * that day.
	 */
	public record Usage(String resourceId, List<LocalDate> days, int[] before, int[] after, int[] capacity) {
	}

	/**
	 * The outcome: moved activities, finish before and after, over-allocation left and
	 * the histograms.
	 */
	public record Result(List<Move> moves, LocalDateTime finishBefore, LocalDateTime finishAfter, long overloadBefore,
			long overloadAfter, List<Usage> usage, long schedules, long millis) {

		/** Levelled start per activity id, for the moved ones. */
		public Map<String, Move> byId() {
			Map<String, Move> out = new HashMap<>();
			for (Move m : this.moves) {
				out.put(m.id(), m);
			}
			return out;
		}

	}

	private PlanLevelling() {
	}

	public static Result level(Network network, Schedule schedule, WorkCalendar projectCalendar, Request request) {
		return new Translation(network, schedule, projectCalendar, request).run();
	}

	private static final class Translation {

		private final Network net;

		private final Schedule schedule;

		private final WorkCalendar projectCalendar;

		private final Request request;

		private final int grid;

		private final long origin;

		Translation(Network net, Schedule schedule, WorkCalendar projectCalendar, Request request) {
			this.net = net;
			this.schedule = schedule;
			this.projectCalendar = projectCalendar;
			this.request = request;
			List<WorkCalendar> calendars = new ArrayList<>();
			calendars.add(projectCalendar);
			for (int i = 0; i < net.activityCount(); i++) {
				if (net.calendar(i) != null) {
					calendars.add(net.calendar(i));
				}
			}
			for (Resource r : request.resources()) {
				if (r.calendar() != null) {
					calendars.add(r.calendar());
				}
			}
			int g = 1440;
			for (WorkCalendar c : calendars) {
				if (c.isContinuous()) {
					continue;
				}
				for (List<WorkingTime> day : c.week().values()) {
					g = gcdOf(g, day);
				}
				for (List<WorkingTime> day : c.exceptions().values()) {
					g = gcdOf(g, day);
				}
			}
			this.grid = Math.max(15, g);
			LocalDateTime start = net.projectStart();
			for (int i = 0; i < net.activityCount(); i++) {
				if (schedule.start(i).isBefore(start)) {
					start = schedule.start(i);
				}
			}
			this.origin = WorkCalendar.minuteOf(start.toLocalDate().atStartOfDay());
		}

		private static int gcdOf(int g, List<WorkingTime> day) {
			for (WorkingTime w : day) {
				g = gcd(g, w.from().getHour() * 60 + w.from().getMinute());
				g = gcd(g, w.to().getHour() * 60 + w.to().getMinute());
			}
			return g;
		}

		private static int gcd(int a, int b) {
			while (b != 0) {
				int t = a % b;
				a = b;
				b = t;
			}
			return a;
		}

		private int period(LocalDateTime at) {
			return (int) Math.floorDiv(WorkCalendar.minuteOf(at) - this.origin, this.grid);
		}

		private LocalDateTime instant(int period) {
			return WorkCalendar.dateTimeOf((int) (this.origin + (long) period * this.grid));
		}

		private WorkCalendar calendarOf(int i) {
			WorkCalendar c = this.net.calendar(i);
			return c != null ? c : this.projectCalendar;
		}

		private boolean[] works(WorkCalendar c, int horizon) {
			boolean[] out = new boolean[horizon];
			for (int t = 0; t < horizon; t++) {
				int from = (int) (this.origin + (long) t * this.grid);
				out[t] = c.workIndex(from + this.grid) - c.workIndex(from) == this.grid;
			}
			return out;
		}

		Result run() {
			long t0 = System.nanoTime();
			Network n = this.net;
			int count = n.activityCount();
			// Every working activity of the plan is an activity of the problem; summaries
			// are not.
			int[] toProblem = new int[count];
			List<Integer> fromProblem = new ArrayList<>();
			long span = 0;
			int last = 0;
			for (int i = 0; i < count; i++) {
				if (n.kind(i) == ActivityKind.SUMMARY) {
					toProblem[i] = -1;
					continue;
				}
				toProblem[i] = fromProblem.size();
				fromProblem.add(i);
				span += ChronoUnit.MINUTES.between(this.schedule.start(i), this.schedule.finish(i)) / this.grid + 1;
				last = Math.max(last, period(this.schedule.finish(i)) + 1);
			}
			// Beyond the horizon every period works: make it long enough that no levelled
			// plan reaches it.
			int horizon = (int) Math.min(40_000_000L / Math.max(1, this.request.resources().size() + 2),
					last + span + 1);
			Map<WorkCalendar, Integer> calendarIndex = new HashMap<>();
			Map<String, Integer> resourceIndex = new HashMap<>();
			List<Resource> resources = this.request.resources();
			for (int k = 0; k < resources.size(); k++) {
				resourceIndex.put(resources.get(k).id(), k);
			}
			LevellingProblem.Builder b = LevellingProblem.builder(resources.size(), horizon);
			for (int k = 0; k < resources.size(); k++) {
				Resource r = resources.get(k);
				WorkCalendar c = r.calendar() != null ? r.calendar() : this.projectCalendar;
				boolean[] works = works(c, horizon);
				int[] profile = new int[horizon];
				for (int t = 0; t < horizon; t++) {
					profile[t] = works[t] ? r.maxUnits() : 0;
				}
				b.capacity(k, profile, r.maxUnits());
			}
			int[][] demand = new int[fromProblem.size()][resources.size()];
			for (Assignment a : this.request.assignments()) {
				int i = n.indexOf(a.activityId());
				Integer k = resourceIndex.get(a.resourceId());
				if (i < 0 || k == null || toProblem[i] < 0) {
					continue;
				}
				demand[toProblem[i]][k] += Math.max(0, a.units());
			}
			int[] scheduledStart = new int[fromProblem.size()];
			for (int j = 0; j < fromProblem.size(); j++) {
				int i = fromProblem.get(j);
				WorkCalendar c = calendarOf(i);
				boolean started = n.isStarted(i);
				int minutes = started ? this.schedule.remainingMinutes(i) : n.durationMinutes(i);
				int periods = (int) Math.ceilDiv(minutes, this.grid);
				if (n.isFinished(i)) {
					periods = 0;
				}
				b.activity(periods);
				if (!c.isContinuous()) {
					Integer index = calendarIndex.get(c);
					if (index == null) {
						index = b.calendar(works(c, horizon));
						calendarIndex.put(c, index);
					}
					b.calendarOf(j, index);
				}
				for (int k = 0; k < resources.size(); k++) {
					if (!n.isFinished(i)) {
						b.demand(j, k, demand[j][k]);
					}
				}
				LocalDateTime from = started && !n.isFinished(i)
						? c.subtractWork(this.schedule.finish(i), Math.max(0, minutes)) : this.schedule.start(i);
				int s = Math.max(0, period(from));
				scheduledStart[j] = s;
				b.release(j, s);
				int priority = this.request.priorities().getOrDefault(n.id(i), 500);
				b.priority(j, priority);
				ConstraintType type = n.constraintType(i);
				boolean fixed = started || n.isFinished(i) || n.isManual(i) || priority >= 1000
						|| this.request.doNotLevel().contains(n.id(i)) || type == ConstraintType.MUST_START_ON
						|| type == ConstraintType.MUST_FINISH_ON || type == ConstraintType.AS_LATE_AS_POSSIBLE;
				if (fixed) {
					b.fix(j, s);
					continue;
				}
				int latest = LevellingProblem.UNBOUNDED;
				if (this.request.mode() == Mode.WITHIN_FLOAT) {
					latest = Math.max(s, period(this.schedule.lateStart(i)));
				}
				if (type == ConstraintType.START_NO_LATER_THAN && n.constraintDate(i) != null) {
					latest = Math.min(latest, Math.max(s, period(n.constraintDate(i))));
				}
				if (type == ConstraintType.FINISH_NO_LATER_THAN && n.constraintDate(i) != null) {
					latest = Math.min(latest, Math.max(s, period(c.subtractWork(n.constraintDate(i), minutes))));
				}
				if (n.deadline(i) != null) {
					latest = Math.min(latest, Math.max(s, period(c.subtractWork(n.deadline(i), minutes))));
				}
				b.latestStart(j, latest);
			}
			for (int l = 0; l < n.linkCount(); l++) {
				int p = toProblem[n.linkPredecessor(l)];
				int q = toProblem[n.linkSuccessor(l)];
				if (p < 0 || q < 0) {
					continue;
				}
				int lag = n.lagMinutes(l);
				int periods = lag >= 0 ? (int) Math.ceilDiv(lag, this.grid) : -(int) Math.ceilDiv(-lag, this.grid);
				b.link(p, q, n.linkType(l), periods);
			}
			LevellingProblem problem = b.build();
			LevelledSchedule levelled = Leveller.level(problem, this.request.options());
			long overloadBefore = FeasibilityCheck.overload(problem, scheduledStart);
			// Never answer a plan with more over-allocation than it had.
			int[] starts = levelled.overload() <= overloadBefore ? levelled.starts() : scheduledStart;
			if (this.request.mode() == Mode.WITHIN_FLOAT && end(problem, starts) > end(problem, scheduledStart)) {
				// Within float the finish never moves: on plans with started work and
				// several calendars the search can end with an activity past its latest
				// start (the property test of kept levellings finds such plans); then the
				// single MS Project-like pass is taken, or nothing moves.
				LevelledSchedule rule = Leveller.priorityRule(problem, Scheme.SERIAL, PriorityRule.MICROSOFT_STANDARD);
				starts = (rule.overload() <= overloadBefore
						&& end(problem, rule.starts()) <= end(problem, scheduledStart)) ? rule.starts()
								: scheduledStart;
			}
			int end = 0;
			for (int j = 0; j < problem.n; j++) {
				end = Math.max(end, Math.max(problem.finishOf(j, scheduledStart[j]), problem.finishOf(j, starts[j])));
			}
			int[][] used = new int[problem.resources][];
			for (int k = 0; k < problem.resources; k++) {
				used[k] = profile(problem, starts, k, end);
			}
			List<Move> moves = new ArrayList<>();
			LocalDateTime finishBefore = this.schedule.projectFinish();
			LocalDateTime finishAfter = null;
			for (int j = 0; j < fromProblem.size(); j++) {
				int i = fromProblem.get(j);
				LocalDateTime finish = this.schedule.finish(i);
				if (starts[j] != scheduledStart[j]) {
					WorkCalendar c = calendarOf(i);
					LocalDateTime start = c.nextWorkStart(instant(starts[j]));
					if (start.isBefore(this.schedule.start(i))) {
						start = this.schedule.start(i);
					}
					finish = n.durationMinutes(i) == 0 ? start : c.addWork(start, n.durationMinutes(i));
					moves.add(new Move(n.id(i), n.name(i), this.schedule.start(i), this.schedule.finish(i), start,
							finish, ChronoUnit.MINUTES.between(this.schedule.start(i), start),
							causes(problem, used, starts, j, scheduledStart[j], resources)));
				}
				if (finishAfter == null || finish.isAfter(finishAfter)) {
					finishAfter = finish;
				}
			}
			if (finishAfter == null || finishAfter.isBefore(finishBefore)) {
				finishAfter = finishBefore;
			}
			List<Usage> usage = usage(problem, scheduledStart, starts, resources);
			return new Result(List.copyOf(moves), finishBefore, finishAfter, overloadBefore,
					FeasibilityCheck.overload(problem, starts), usage, levelled.schedules(),
					(System.nanoTime() - t0) / 1_000_000);
		}

		/** The last finish period of a schedule. */
		private static int end(LevellingProblem p, int[] starts) {
			int end = 0;
			for (int j = 0; j < p.n; j++) {
				end = Math.max(end, p.finishOf(j, starts[j]));
			}
			return end;
		}

		/**
		 * The resources that would be over their capacity if j started where it was
		 * scheduled.
		 */
		private static List<String> causes(LevellingProblem p, int[][] used, int[] starts, int j, int at,
				List<Resource> resources) {
			List<String> out = new ArrayList<>();
			int finish = p.finishOf(j, at);
			int levelledFinish = p.finishOf(j, starts[j]);
			for (int k = 0; k < p.resources; k++) {
				int units = p.demand(j, k);
				for (int t = at; units > 0 && t < finish; t++) {
					if (!p.works(j, t)) {
						continue;
					}
					int own = (t >= starts[j] && t < levelledFinish) ? units : 0;
					if (t < used[k].length && used[k][t] - own + units > p.capacity(k, t)) {
						out.add(resources.get(k).id());
						break;
					}
				}
			}
			return out;
		}

		private List<Usage> usage(LevellingProblem p, int[] before, int[] after, List<Resource> resources) {
			int end = 0;
			for (int j = 0; j < p.n; j++) {
				end = Math.max(end, Math.max(p.finishOf(j, before[j]), p.finishOf(j, after[j])));
			}
			int perDay = 1440 / this.grid;
			int days = Math.max(1, (end + perDay - 1) / perDay);
			List<LocalDate> dates = new ArrayList<>(days);
			LocalDate first = instant(0).toLocalDate();
			for (int d = 0; d < days; d++) {
				dates.add(first.plusDays(d));
			}
			List<Usage> out = new ArrayList<>();
			for (int k = 0; k < p.resources; k++) {
				int[] used0 = profile(p, before, k, end);
				int[] used1 = profile(p, after, k, end);
				int[] peak0 = new int[days];
				int[] peak1 = new int[days];
				int[] capacity = new int[days];
				for (int t = 0; t < end; t++) {
					int d = t / perDay;
					peak0[d] = Math.max(peak0[d], used0[t]);
					peak1[d] = Math.max(peak1[d], used1[t]);
					capacity[d] = Math.max(capacity[d], p.capacity(k, t));
				}
				out.add(new Usage(resources.get(k).id(), List.copyOf(dates), peak0, peak1, capacity));
			}
			return out;
		}

		private static int[] profile(LevellingProblem p, int[] starts, int k, int end) {
			int[] used = new int[end + 1];
			for (int j = 0; j < p.n; j++) {
				int units = p.demand(j, k);
				if (units == 0) {
					continue;
				}
				int f = p.finishOf(j, starts[j]);
				for (int t = starts[j]; t < f; t++) {
					if (p.works(j, t)) {
						used[t] += units;
					}
				}
			}
			return used;
		}

	}

}
