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
 * Property test over generated networks with progress (real files showed an activity's
 * late finish came before its late start): on every network, under both tools' rules, no
 * activity finishes before it starts, early or late.
 */
class LateDatesNeverCrossTest {

	private static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

	private static final WorkCalendar SIX_DAYS = WorkCalendar.builder("six days")
		.workWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), WorkingTime.parse("07:00-15:00"))
		.build();

	static Stream<Arguments> networks() {
		return IntStream.range(0, 600)
			.boxed()
			.flatMap(seed -> Stream.of(
					Arguments.of(seed, SchedulingRules.MICROSOFT_PROJECT, ProgressedActivities.RETAINED_LOGIC),
					Arguments.of(seed, SchedulingRules.PRIMAVERA, (seed % 2 == 0) ? ProgressedActivities.RETAINED_LOGIC
							: ProgressedActivities.PROGRESS_OVERRIDE)));
	}

	@ParameterizedTest(name = "seed {0}, {1}, {2}")
	@MethodSource("networks")
	void noActivityFinishesBeforeItStarts(int seed, SchedulingRules rules, ProgressedActivities progressed) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = 5 + random.nextInt(40);
		Network.Builder b = Network.builder(START, n, 2 * n).rules(rules).progressedActivities(progressed);
		LocalDateTime status = START.plusDays(random.nextInt(30)).withHour(8 + random.nextInt(10));
		b.statusDate(status);
		for (int i = 0; i < n; i++) {
			int duration = (random.nextInt(8) == 0) ? 0 : 30 * (1 + random.nextInt(40));
			b.task("A" + i, null, duration);
			if (random.nextInt(4) == 0) {
				b.calendar(i, SIX_DAYS);
			}
			int predecessors = (i == 0) ? 0 : random.nextInt(Math.min(i, 3) + 1);
			for (int k = 0; k < predecessors; k++) {
				int p = random.nextInt(i);
				LinkType type = LinkType.values()[random.nextInt(4)];
				Lag lag = (random.nextInt(3) == 0) ? Lag.minutes(60 * (random.nextInt(32) - 8)) : Lag.NONE;
				b.link(p, i, type, lag);
			}
			int progress = random.nextInt(6);
			LocalDateTime actualStart = START.plusDays(random.nextInt(20)).withHour(7 + random.nextInt(11));
			if (progress == 0) {
				b.finished(i, actualStart, actualStart.plusHours(1 + random.nextInt(60)));
			}
			else if (progress == 1) {
				b.started(i, actualStart, random.nextInt(101));
			}
			else if (progress == 2) {
				b.startedWithRemaining(i, actualStart, 30 * random.nextInt(20));
			}
			else if (progress == 3 && random.nextBoolean()) {
				b.manual(i, actualStart, actualStart.plusHours(random.nextInt(30)));
			}
		}
		Schedule s = CriticalPath.schedule(b.build(), WorkCalendar.standard());
		for (int i = 0; i < n; i++) {
			String where = "seed " + seed + " activity A" + i;
			assertThat(s.lateFinish(i)).as(where + " late finish vs late start").isAfterOrEqualTo(s.lateStart(i));
			assertThat(s.earlyFinish(i)).as(where + " early finish vs early start").isAfterOrEqualTo(s.earlyStart(i));
		}
	}

}
