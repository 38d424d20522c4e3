package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elapsed durations and lags (MS Project's {@code ed}, {@code eh}, {@code ew},
 * {@code emo}) run on the clock, 24×7, not on the working calendar (ADR 0103). Standard
 * calendar, Monday 5 January 2026 08:00; 10 and 11 January are a weekend.
 */
class ElapsedDurationsTest {

	private static final int ELAPSED_DAY = 24 * 60;

	private final Network.Builder builder = Network.builder(PROJECT_START);

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void anElapsedTaskStartsWhenItsPredecessorFinishesAndRunsThroughNightsAndWeekends() {
		int pour = this.builder.task("A", "Pour", 2 * DAY);
		int cure = this.builder.task("B", "Cure", 4 * ELAPSED_DAY);
		int strip = this.builder.task("C", "Strip forms", DAY);
		this.builder.elapsed(cure);
		this.builder.finishToStart(pour, cure);
		this.builder.finishToStart(cure, strip);
		Schedule s = schedule();

		// Tuesday 17:00 + 96 hours = Saturday 17:00, not four working days later.
		assertThat(s.earlyStart(cure)).isEqualTo(at(6, 17));
		assertThat(s.earlyFinish(cure)).isEqualTo(at(10, 17));
		assertThat(s.earlyStart(strip)).isEqualTo(at(12, 8));
		assertThat(s.earlyFinish(strip)).isEqualTo(at(12, 17));
		// Backward: the late finish is the successor's late start, 96 clock hours back.
		assertThat(s.lateFinish(cure)).isEqualTo(at(12, 8));
		assertThat(s.lateStart(cure)).isEqualTo(at(8, 8));
		assertThat(s.lateFinish(pour)).isEqualTo(at(7, 17));
		assertThat(this.builder.build().isElapsed(cure)).isTrue();
		assertThat(this.builder.build().isElapsed(pour)).isFalse();
	}

	@Test
	void anElapsedLagCountsClockTimeBothWays() {
		int pour = this.builder.task("A", "Pour", DAY);
		int strip = this.builder.task("B", "Strip forms", DAY);
		this.builder.link(pour, strip, LinkType.FINISH_START, Lag.elapsed(2 * ELAPSED_DAY));
		Schedule s = schedule();

		// Monday 17:00 + 48 hours = Wednesday 17:00: the next work is Thursday 08:00.
		assertThat(s.earlyStart(strip)).isEqualTo(at(8, 8));
		assertThat(s.lateFinish(pour)).isEqualTo(at(5, 17));
		assertThat(s.totalFloat(pour)).isZero();
	}

	@Test
	void anElapsedLagOverAWeekendIsShorterThanTheSameWorkingLag() {
		int a = this.builder.task("A", "Pour", 5 * DAY);
		int b = this.builder.task("B", "Strip forms", DAY);
		int c = this.builder.task("C", "Pour again", 5 * DAY);
		int d = this.builder.task("D", "Strip again", DAY);
		this.builder.link(a, b, LinkType.FINISH_START, Lag.elapsed(2 * ELAPSED_DAY));
		this.builder.link(c, d, LinkType.FINISH_START, Lag.minutes(2 * DAY));
		Schedule s = schedule();

		// Friday 9 January 17:00 + 48 hours = Sunday 17:00 -> Monday 08:00.
		assertThat(s.earlyStart(b)).isEqualTo(at(12, 8));
		// Two working days: Monday and Tuesday, so Wednesday 08:00.
		assertThat(s.earlyStart(d)).isEqualTo(at(14, 8));
		// Late: D finishes the project on Wednesday 17:00; B may start Wednesday 08:00,
		// so A may finish 48 clock hours earlier, Monday 08:00, that is Friday 17:00.
		assertThat(s.lateStart(b)).isEqualTo(at(14, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(9, 17));
	}

	@Test
	void anElapsedPercentageLagIsThatShareOfThePredecessorsDurationOnTheClock() {
		int pour = this.builder.task("A", "Pour", 2 * DAY);
		int strip = this.builder.task("B", "Strip forms", DAY);
		int paint = this.builder.task("C", "Paint", DAY);
		this.builder.link(pour, strip, LinkType.FINISH_START, Lag.elapsedPercent(50));
		this.builder.link(pour, paint, LinkType.FINISH_START, Lag.percent(50));
		Schedule s = schedule();

		// Half of two working days is 8 hours: on the clock Tuesday 17:00 + 8 h = 01:00,
		// so the successor starts on Wednesday 08:00; as working time it is one working
		// day, Wednesday 17:00, so Thursday 08:00.
		assertThat(s.earlyStart(strip)).isEqualTo(at(7, 8));
		assertThat(s.earlyStart(paint)).isEqualTo(at(8, 8));
		// Backward, Paint's working day drives Pour: Thursday 08:00 less one working day.
		assertThat(s.lateStart(strip)).isEqualTo(at(8, 8));
		assertThat(s.lateFinish(pour)).isEqualTo(at(6, 17));
	}

	@Test
	void aPercentageLagOfAnElapsedPredecessorRunsOnTheClock() {
		int cure = this.builder.task("A", "Cure", 2 * ELAPSED_DAY);
		int strip = this.builder.task("B", "Strip forms", DAY);
		this.builder.elapsed(cure);
		this.builder.link(cure, strip, LinkType.FINISH_START, Lag.percent(50));
		Schedule s = schedule();

		// Monday 08:00 + 48 clock hours = Wednesday 08:00; 50 % of 2 ed is 1 ed, so
		// Thursday 08:00 (as working time, 1,440 minutes would be three working days).
		assertThat(s.earlyFinish(cure)).isEqualTo(at(7, 8));
		assertThat(s.earlyStart(strip)).isEqualTo(at(8, 8));
	}

}
