package org.agilepmo.engine.levelling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.levelling.PlanLevelling.Assignment;
import org.agilepmo.engine.levelling.PlanLevelling.Mode;
import org.agilepmo.engine.levelling.PlanLevelling.Resource;
import org.agilepmo.engine.levelling.PlanLevelling.Result;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A levelling as a plan keeps it: the levelled starts become MS Project's levelling
 * delays and the delays give the dates back ({@link LevellingDelays}). On random plans
 * with two calendars, all four link types with positive and negative lags and started
 * work, the kept dates are checked minute by minute, outside the heuristics: every link
 * holds by its definition, no resource works above its maximum units when the finish may
 * move, the finish never moves within float, started work never moves, and the same seed
 * gives the same dates.
 */
class KeptLevellingTest {

	private static final int DAY = 480;

	private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);

	private static final WorkCalendar FOUR_DAYS = WorkCalendar.standard()
		.toBuilder("four days")
		.nonWorking(java.time.DayOfWeek.FRIDAY)
		.build();

	/** Two people on the standard calendar, two on four days a week. */
	private static final List<Resource> PEOPLE = List.of(new Resource("ann", 100, null), new Resource("dan", 200, null),
			new Resource("bob", 200, FOUR_DAYS), new Resource("cat", 100, FOUR_DAYS));

	/** A random plan: its network and who works on what. */
	private record Plan(Network network, List<Assignment> assignments, Set<Integer> started) {
	}

	private static Plan plan(long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		Network.Builder b = Network.builder(MONDAY);
		b.statusDate(MONDAY.plusDays(1).withHour(12));
		int n = 15 + r.nextInt(25);
		List<Assignment> assignments = new ArrayList<>();
		Set<Integer> started = new java.util.HashSet<>();
		for (int i = 0; i < n; i++) {
			int task = b.task("T" + i, "Task " + i, (1 + r.nextInt(5)) * DAY / (r.nextBoolean() ? 1 : 2));
			boolean onFourDays = r.nextInt(3) == 0;
			if (onFourDays) {
				b.calendar(task, FOUR_DAYS);
			}
			if (i < 3 && r.nextInt(3) == 0) {
				b.started(task, MONDAY, 25);
				started.add(task);
				continue;
			}
			String who = onFourDays ? (r.nextBoolean() ? "bob" : "cat") : (r.nextBoolean() ? "ann" : "dan");
			assignments.add(new Assignment("T" + i, who, 50 + 50 * r.nextInt(2)));
			if (i > 0 && r.nextBoolean()) {
				b.link(r.nextInt(i), task, LinkType.values()[r.nextInt(4)], Lag.minutes((r.nextInt(3) - 1) * DAY / 2));
			}
		}
		return new Plan(b.build(), assignments, started);
	}

	private static LevellingDelays.Dates keep(Plan plan, Schedule schedule, Mode mode, long seed) {
		Result result = PlanLevelling.level(plan.network(), schedule, WorkCalendar.standard(),
				new PlanLevelling.Request(PEOPLE, plan.assignments(), mode, Set.of(), Map.of(),
						LevellingOptions.schedules(300, seed)));
		Network n = plan.network();
		LocalDateTime[] starts = new LocalDateTime[n.activityCount()];
		for (PlanLevelling.Move m : result.moves()) {
			starts[n.indexOf(m.id())] = m.start();
		}
		if (mode == Mode.EXTEND_FINISH) {
			assertThat(result.overloadAfter()).as("no over-allocation left").isZero();
		}
		long[] delays = LevellingDelays.delays(n, schedule, starts);
		LevellingDelays.Dates dates = LevellingDelays.dates(n, schedule, delays);
		for (int i = 0; i < n.activityCount(); i++) {
			LocalDateTime expected = (starts[i] != null) ? starts[i] : schedule.start(i);
			assertThat(dates.starts()[i]).as("the delays give back the levelled start of " + n.id(i))
				.isEqualTo(expected);
		}
		return dates;
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
	void theKeptScheduleHoldsEveryLinkAndNobodyIsOverAllocated(long seed) {
		Plan plan = plan(seed);
		Network n = plan.network();
		Schedule schedule = CriticalPath.schedule(n, WorkCalendar.standard());
		for (Mode mode : Mode.values()) {
			LevellingDelays.Dates dates = keep(plan, schedule, mode, seed);
			for (int l = 0; l < n.linkCount(); l++) {
				assertLinkHolds(n, schedule, dates, l);
			}
			for (int i : plan.started()) {
				assertThat(dates.starts()[i]).as("started work stays").isEqualTo(schedule.start(i));
				assertThat(dates.finishes()[i]).isEqualTo(schedule.finish(i));
			}
			LocalDateTime finish = schedule.projectFinish();
			LocalDateTime levelledFinish = finish;
			for (LocalDateTime f : dates.finishes()) {
				levelledFinish = f.isAfter(levelledFinish) ? f : levelledFinish;
			}
			if (mode == Mode.WITHIN_FLOAT) {
				assertThat(levelledFinish).as("within float the finish stays").isEqualTo(finish);
			}
			else {
				assertNoOverAllocation(n, schedule, plan.assignments(), dates);
			}
			assertThat(keep(plan, schedule, mode, seed).starts()).as("the same seed gives the same schedule")
				.containsExactly(dates.starts());
		}
	}

	/**
	 * The link's definition (ADR 0101) on the successor's calendar, with the kept dates.
	 */
	private static void assertLinkHolds(Network n, Schedule schedule, LevellingDelays.Dates dates, int l) {
		int p = n.linkPredecessor(l);
		int q = n.linkSuccessor(l);
		if (n.isStarted(q)) {
			return;
		}
		WorkCalendar c = schedule.calendar(q);
		LinkType type = n.linkType(l);
		LocalDateTime from = (type == LinkType.START_START || type == LinkType.START_FINISH) ? dates.starts()[p]
				: dates.finishes()[p];
		LocalDateTime to = (type == LinkType.FINISH_FINISH || type == LinkType.START_FINISH) ? dates.finishes()[q]
				: dates.starts()[q];
		long gap = c.workIndex(WorkCalendar.minuteOf(to)) - c.workIndex(WorkCalendar.minuteOf(from));
		assertThat(gap).as("link %s → %s (%s, lag %d) holds", n.id(p), n.id(q), type, n.lagMinutes(l))
			.isGreaterThanOrEqualTo(n.lagMinutes(l));
	}

	/** Every quarter of an hour, what each person works on against her maximum units. */
	private static void assertNoOverAllocation(Network n, Schedule schedule, List<Assignment> assignments,
			LevellingDelays.Dates dates) {
		Map<String, Resource> people = new HashMap<>();
		PEOPLE.forEach(p -> people.put(p.id(), p));
		int from = WorkCalendar.minuteOf(MONDAY);
		int to = from;
		for (LocalDateTime f : dates.finishes()) {
			to = Math.max(to, WorkCalendar.minuteOf(f));
		}
		for (int m = from; m < to; m += 15) {
			Map<String, Integer> used = new HashMap<>();
			for (Assignment a : assignments) {
				int i = n.indexOf(a.activityId());
				WorkCalendar c = schedule.calendar(i);
				if (m >= WorkCalendar.minuteOf(dates.starts()[i]) && m < WorkCalendar.minuteOf(dates.finishes()[i])
						&& works(c, m)) {
					used.merge(a.resourceId(), a.units(), Integer::sum);
				}
			}
			for (Map.Entry<String, Integer> e : used.entrySet()) {
				Resource r = people.get(e.getKey());
				WorkCalendar c = (r.calendar() != null) ? r.calendar() : WorkCalendar.standard();
				int capacity = works(c, m) ? r.maxUnits() : 0;
				assertThat(e.getValue()).as("%s at %s", e.getKey(), WorkCalendar.dateTimeOf(m))
					.isLessThanOrEqualTo(capacity);
			}
		}
	}

	private static boolean works(WorkCalendar c, int minute) {
		return c.workIndex(minute + 1) - c.workIndex(minute) == 1;
	}

}
