package org.agilepmo.engine.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repeated pass of a risk simulation dates most activities on their calendar's
 * working-time axis alone and converts to instants only what another activity reads.
 * Property: on generated networks of up to 250 activities, mostly plain ones as real
 * plans are, mixed with everything that takes the general path (a second calendar and
 * links across calendars, elapsed and percentage lags, milestones and drawn durations of
 * zero, every constraint, deadlines, progress with a status date, manual tasks,
 * level-of-effort activities and P6 start milestones, both tools' rules), every
 * iteration's dates, floats and critical flags equal those of a fresh schedule of the
 * network built with the iteration's durations.
 */
class FastRepeatedPassTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

	private static final WorkCalendar OFFICE = WorkCalendar.standard()
		.toBuilder("office")
		.holiday(LocalDate.of(2026, 1, 19))
		.holidays(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6))
		.build();

	private static final WorkCalendar SHIFTS = WorkCalendar.builder("shifts")
		.workWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), WorkingTime.parse("06:00-11:30"),
				WorkingTime.parse("12:00-14:00"))
		.holiday(LocalDate.of(2026, 2, 14))
		.build();

	static Stream<Arguments> networks() {
		return IntStream.range(0, 200)
			.boxed()
			.map(seed -> Arguments.of(seed,
					(seed % 3 == 0) ? SchedulingRules.PRIMAVERA : SchedulingRules.MICROSOFT_PROJECT));
	}

	@ParameterizedTest(name = "seed {0}, {1}")
	@MethodSource("networks")
	void everyIterationDatesAsAFreshSchedule(int seed, SchedulingRules rules) {
		Network planned = generate(seed, rules, null);
		RepeatedSchedule repeated = RepeatedSchedule.of(planned, OFFICE);
		SplittableRandom draws = new SplittableRandom(seed * 131L + 5);
		for (int round = 0; round < 6; round++) {
			int[] durations = draw(planned, repeated, draws, round);
			repeated.schedule(durations);
			Schedule fresh = CriticalPath.schedule(generate(seed, rules, durations), OFFICE);
			String where = "seed " + seed + " round " + round;
			assertThat(WorkCalendar.dateTimeOf(repeated.projectFinish())).as(where + " project finish")
				.isEqualTo(fresh.projectFinish());
			for (int i = 0; i < durations.length; i++) {
				if (planned.kind(i) == ActivityKind.SUMMARY) {
					continue;
				}
				String activity = where + " " + planned.id(i);
				assertThat(WorkCalendar.dateTimeOf(repeated.earlyStart(i))).as(activity + " early start")
					.isEqualTo(fresh.earlyStart(i));
				assertThat(WorkCalendar.dateTimeOf(repeated.earlyFinish(i))).as(activity + " early finish")
					.isEqualTo(fresh.earlyFinish(i));
				assertThat(repeated.totalFloat(i)).as(activity + " total float").isEqualTo(fresh.totalFloat(i));
				assertThat(repeated.isCritical(i)).as(activity + " critical").isEqualTo(fresh.isCritical(i));
			}
		}
	}

	@Test
	void mostActivitiesOfAPlainNetworkTakeTheWorkingTimeAxis() {
		int plain = 0;
		int all = 0;
		for (int seed = 0; seed < 20; seed++) {
			Network network = generate(seed, SchedulingRules.MICROSOFT_PROJECT, null, false);
			plain += RepeatedSchedule.of(network, OFFICE).plainActivities();
			all += network.activityCount();
		}
		assertThat(plain).as("activities dated on the working-time axis").isGreaterThan(all * 2 / 3);
	}

	@Test
	void aMilestoneAfterALagSitsWhereTheScheduleSitsIt() {
		// A negative lag gives the start of the work after the break (13:00), a positive
		// one the end of the work before it (12:00), in a repeated pass as in a schedule.
		Network.Builder b = Network.builder(START, 6, 6);
		int kickOff = b.task("K", null, 0);
		int task = b.task("T", null, 480);
		int shortTask = b.task("U", null, 120);
		int back = b.task("M1", null, 0);
		int forth = b.task("M2", null, 0);
		int after = b.task("A", null, 60);
		b.link(kickOff, task, LinkType.FINISH_START, Lag.NONE);
		b.link(kickOff, shortTask, LinkType.FINISH_START, Lag.NONE);
		b.link(task, back, LinkType.FINISH_START, Lag.minutes(-240));
		b.link(shortTask, forth, LinkType.FINISH_START, Lag.minutes(120));
		b.link(back, after, LinkType.START_START, Lag.NONE);
		Network network = b.build();
		RepeatedSchedule repeated = RepeatedSchedule.of(network, OFFICE);
		assertThat(repeated.plainActivities()).as("all but the kick-off").isEqualTo(5);
		repeated.schedule(repeated.plannedDurations());
		assertThat(WorkCalendar.dateTimeOf(repeated.earlyStart(back))).isEqualTo(START.withHour(13));
		assertThat(WorkCalendar.dateTimeOf(repeated.earlyStart(forth))).isEqualTo(START.withHour(12));
		Schedule fresh = CriticalPath.schedule(network, OFFICE);
		for (int i = 0; i < network.activityCount(); i++) {
			assertThat(WorkCalendar.dateTimeOf(repeated.earlyStart(i))).as(network.id(i))
				.isEqualTo(fresh.earlyStart(i));
			assertThat(WorkCalendar.dateTimeOf(repeated.earlyFinish(i))).as(network.id(i))
				.isEqualTo(fresh.earlyFinish(i));
		}
	}

	/**
	 * Durations of an iteration: finished activities keep theirs; now and then one is
	 * drawn as zero (the pass then converts every date), else 1 to 3,000 minutes.
	 */
	private static int[] draw(Network planned, RepeatedSchedule repeated, SplittableRandom draws, int round) {
		int[] durations = repeated.plannedDurations();
		for (int i = 0; i < durations.length; i++) {
			if (durations[i] > 0 && planned.actualFinish[i] == Network.NONE
					&& planned.kind(i) != ActivityKind.SUMMARY) {
				durations[i] = (round == 5 && draws.nextInt(20) == 0) ? 0 : 1 + draws.nextInt(3000);
			}
		}
		return durations;
	}

	private static Network generate(int seed, SchedulingRules rules, int[] durations) {
		return generate(seed, rules, durations, true);
	}

	/** Three in four networks are rich when {@code mayBeRich}, the others plain. */
	private static Network generate(int seed, SchedulingRules rules, int[] durations, boolean mayBeRich) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = 20 + random.nextInt(230);
		boolean rich = random.nextInt(4) > 0 && mayBeRich;
		Network.Builder b = Network.builder(START, n + 1, 3 * n).rules(rules);
		if (rich && random.nextBoolean()) {
			b.statusDate(START.plusDays(random.nextInt(30)).withHour(8 + random.nextInt(10)));
		}
		int window = 12;
		for (int i = 0; i < n; i++) {
			int kind = rich ? random.nextInt(60) : 99;
			int duration = (random.nextInt(12) == 0) ? 0 : 30 * (1 + random.nextInt(40));
			if (kind == 0 && rules == SchedulingRules.PRIMAVERA) {
				b.startMilestone("A" + i, null);
			}
			else if (kind == 1 && rules == SchedulingRules.PRIMAVERA) {
				b.levelOfEffort("A" + i, null);
			}
			else {
				b.task("A" + i, null, (durations != null) ? durations[i] : duration);
			}
			if (random.nextInt(rich ? 6 : 40) == 0) {
				b.calendar(i, SHIFTS);
			}
			if (kind == 2 && rules == SchedulingRules.MICROSOFT_PROJECT) {
				LocalDateTime from = START.plusDays(random.nextInt(30));
				b.manual(i, from, from.plusHours(4 + random.nextInt(40)));
			}
			if (kind == 3 && rules == SchedulingRules.MICROSOFT_PROJECT) {
				b.elapsed(i);
			}
			int predecessors = (i == 0) ? 0 : 1 + random.nextInt(Math.min(i, 3));
			for (int k = 0; k < predecessors; k++) {
				int p = i - 1 - random.nextInt(Math.min(i, window));
				int type = random.nextInt(10);
				LinkType linkType = (type < 6) ? LinkType.FINISH_START : LinkType.values()[type - 6];
				int lagKind = random.nextInt(rich ? 12 : 8);
				Lag lag = switch (lagKind) {
					case 0, 1 -> Lag.minutes(30 * (random.nextInt(40) - 10));
					case 2 -> Lag.percent(random.nextInt(150) - 50);
					case 8 -> Lag.elapsed(60 * (random.nextInt(60) - 12));
					case 9 -> Lag.elapsedPercent(random.nextInt(100));
					default -> Lag.NONE;
				};
				b.link(p, i, linkType, lag);
			}
			if (rich) {
				constrain(b, i, random);
				progress(b, i, random);
			}
		}
		if (rich && random.nextBoolean()) {
			int summary = b.summary("S", null);
			for (int i = 0; i < Math.min(n, 5); i++) {
				b.parent(i, summary);
			}
		}
		return b.build();
	}

	private static void constrain(Network.Builder b, int i, SplittableRandom random) {
		int constraint = random.nextInt(30);
		LocalDateTime date = START.plusDays(random.nextInt(40)).withHour(8);
		if (constraint < ConstraintType.values().length && constraint > 0) {
			ConstraintType type = ConstraintType.values()[constraint];
			boolean finish = type == ConstraintType.FINISH_NO_EARLIER_THAN
					|| type == ConstraintType.FINISH_NO_LATER_THAN || type == ConstraintType.MUST_FINISH_ON;
			b.constrain(i, type, type.isDated() ? (finish ? date.withHour(17) : date) : null);
		}
		else if (constraint == 10) {
			b.deadline(i, date.withHour(17));
		}
	}

	private static void progress(Network.Builder b, int i, SplittableRandom random) {
		int progress = random.nextInt(14);
		LocalDateTime actualStart = START.plusDays(random.nextInt(20)).withHour(8 + random.nextInt(9));
		if (progress == 0) {
			b.finished(i, actualStart, actualStart.plusHours(1 + random.nextInt(60)));
		}
		else if (progress == 1) {
			b.started(i, actualStart, random.nextInt(101));
		}
	}

}
