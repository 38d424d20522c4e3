package org.agilepmo.engine.schedule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeated pass with other durations gives the dates, floats and critical flags of a
 * fresh schedule of the same network built with those durations: generated networks with
 * two calendars, every link type, lags in minutes and percent, constraints, deadlines,
 * as-late-as-possible activities and progress, under both tools' rules.
 */
class RepeatedScheduleTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

	private static final WorkCalendar SIX_DAYS = WorkCalendar.builder("six days")
		.workWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), WorkingTime.parse("07:00-15:00"))
		.build();

	static Stream<Arguments> networks() {
		return IntStream.range(0, 300)
			.boxed()
			.map(seed -> Arguments.of(seed,
					(seed % 3 == 0) ? SchedulingRules.PRIMAVERA : SchedulingRules.MICROSOFT_PROJECT));
	}

	@ParameterizedTest(name = "seed {0}, {1}")
	@MethodSource("networks")
	void aRepeatedPassMatchesAFreshSchedule(int seed, SchedulingRules rules) {
		Network planned = generate(seed, rules, null);
		RepeatedSchedule repeated = RepeatedSchedule.of(planned, WorkCalendar.standard());
		SplittableRandom draws = new SplittableRandom(seed * 31L + 7);
		for (int round = 0; round < 4; round++) {
			int[] durations = repeated.plannedDurations();
			for (int i = 0; i < durations.length; i++) {
				// A finished activity keeps its actual duration in a simulation.
				if (durations[i] > 0 && planned.actualFinish[i] == Network.NONE) {
					durations[i] = 1 + draws.nextInt(3000);
				}
			}
			repeated.schedule(durations);
			Schedule fresh = CriticalPath.schedule(generate(seed, rules, durations), WorkCalendar.standard());
			String where = "seed " + seed + " round " + round;
			assertThat(WorkCalendar.dateTimeOf(repeated.projectFinish())).as(where + " project finish")
				.isEqualTo(fresh.projectFinish());
			for (int i = 0; i < durations.length; i++) {
				assertThat(WorkCalendar.dateTimeOf(repeated.earlyStart(i))).as(where + " early start A" + i)
					.isEqualTo(fresh.earlyStart(i));
				assertThat(WorkCalendar.dateTimeOf(repeated.earlyFinish(i))).as(where + " early finish A" + i)
					.isEqualTo(fresh.earlyFinish(i));
				assertThat(repeated.totalFloat(i)).as(where + " total float A" + i).isEqualTo(fresh.totalFloat(i));
				assertThat(repeated.isCritical(i)).as(where + " critical A" + i).isEqualTo(fresh.isCritical(i));
			}
		}
	}

	private static Network generate(int seed, SchedulingRules rules, int[] durations) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = 5 + random.nextInt(40);
		Network.Builder b = Network.builder(START, n, 2 * n).rules(rules);
		if (random.nextBoolean()) {
			b.statusDate(START.plusDays(random.nextInt(30)).withHour(8 + random.nextInt(10)));
		}
		for (int i = 0; i < n; i++) {
			int duration = (random.nextInt(8) == 0) ? 0 : 30 * (1 + random.nextInt(40));
			if (durations != null) {
				duration = durations[i];
			}
			b.task("A" + i, null, duration);
			if (random.nextInt(4) == 0) {
				b.calendar(i, SIX_DAYS);
			}
			int predecessors = (i == 0) ? 0 : random.nextInt(Math.min(i, 3) + 1);
			for (int k = 0; k < predecessors; k++) {
				int p = random.nextInt(i);
				LinkType type = LinkType.values()[random.nextInt(4)];
				int lagKind = random.nextInt(4);
				Lag lag = (lagKind == 0) ? Lag.minutes(60 * (random.nextInt(32) - 8))
						: (lagKind == 1) ? Lag.percent(random.nextInt(150) - 50) : Lag.NONE;
				b.link(p, i, type, lag);
			}
			int constraint = random.nextInt(10);
			LocalDateTime date = START.plusDays(random.nextInt(40)).withHour(8);
			if (constraint == 0) {
				b.constrain(i, ConstraintType.START_NO_EARLIER_THAN, date);
			}
			else if (constraint == 1) {
				b.constrain(i, ConstraintType.FINISH_NO_LATER_THAN, date.withHour(17));
			}
			else if (constraint == 2) {
				b.constrain(i, ConstraintType.AS_LATE_AS_POSSIBLE, null);
			}
			else if (constraint == 3) {
				b.deadline(i, date.withHour(17));
			}
			int progress = random.nextInt(8);
			LocalDateTime actualStart = START.plusDays(random.nextInt(20)).withHour(8 + random.nextInt(9));
			if (progress == 0) {
				b.finished(i, actualStart, actualStart.plusHours(1 + random.nextInt(60)));
			}
			else if (progress == 1) {
				b.started(i, actualStart, random.nextInt(101));
			}
		}
		return b.build();
	}

}
