package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress under P6's rules (ADR 0103): early dates are remaining early dates, counted
 * from the data date.
 */
class PrimaveraProgressTest {

	private final Network.Builder builder = Network.builder(PROJECT_START).rules(SchedulingRules.PRIMAVERA);

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void aFinishedActivityHasItsEarlyDatesAtTheDataDateAndItsLateDatesAtItsSuccessorsLateStart() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int b = this.builder.task("B", "Build", 2 * DAY);
		this.builder.finishToStart(a, b).statusDate(at(8, 17)).finished(a, at(5, 8), at(6, 17));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(8, 17));
		assertThat(s.earlyFinish(a)).isEqualTo(at(8, 17));
		assertThat(s.earlyStart(b)).isEqualTo(at(9, 8));
		assertThat(s.earlyFinish(b)).isEqualTo(at(12, 17));
		assertThat(s.lateStart(a)).isEqualTo(at(9, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(9, 8));
		assertThat(s.start(a)).isEqualTo(at(5, 8));
	}

	@Test
	void anInProgressActivityRunsItsRemainingDurationFromTheDataDate() {
		int a = this.builder.task("A", "Survey", 4 * DAY);
		this.builder.statusDate(at(7, 17)).startedWithRemaining(a, at(5, 8), DAY);
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(8, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(8, 17));
		assertThat(s.lateStart(a)).isEqualTo(at(8, 8));
		assertThat(s.start(a)).isEqualTo(at(5, 8));
	}

	@Test
	void retainedLogicMakesOutOfSequenceWorkWaitForItsPredecessor() {
		int p = this.builder.task("P", "Design", 2 * DAY);
		int a = this.builder.task("A", "Build", 2 * DAY);
		this.builder.finishToStart(p, a).statusDate(at(5, 17)).startedWithRemaining(a, at(5, 8), DAY);
		Schedule s = schedule();

		assertThat(s.earlyStart(p)).isEqualTo(at(6, 8));
		assertThat(s.earlyStart(a)).isEqualTo(at(8, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(8, 17));
	}

	@Test
	void progressOverrideLetsOutOfSequenceWorkContinueFromTheDataDate() {
		this.builder.progressedActivities(ProgressedActivities.PROGRESS_OVERRIDE);
		int p = this.builder.task("P", "Design", 2 * DAY);
		int a = this.builder.task("A", "Build", 2 * DAY);
		this.builder.finishToStart(p, a).statusDate(at(5, 17)).startedWithRemaining(a, at(5, 8), DAY);
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(6, 17));
	}

	@Test
	void aFinishedActivityFollowsTheLateDatesOfItsFinishedSuccessors() {
		int a = this.builder.task("A", "Order", DAY);
		int b = this.builder.task("B", "Deliver", DAY);
		int c = this.builder.task("C", "Install", 2 * DAY);
		int last = this.builder.task("Z", "Longest", 10 * DAY);
		this.builder.finishToStart(a, b).finishToStart(b, c).statusDate(at(7, 17));
		this.builder.finished(a, at(5, 8), at(5, 17)).finished(b, at(6, 8), at(6, 17));
		Schedule s = schedule();

		assertThat(s.lateFinish(last)).isEqualTo(at(21, 17));
		assertThat(s.lateStart(c)).isEqualTo(at(20, 8));
		assertThat(s.lateFinish(b)).isEqualTo(at(20, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(20, 8));
		assertThat(s.lateStart(a)).isEqualTo(at(20, 8));
	}

	@Test
	void theLagAfterAFinishedActivityCountsFromItsActualFinish() {
		int a = this.builder.task("A", "Pour", DAY);
		int b = this.builder.task("B", "Strip formwork", DAY);
		this.builder.link(a, b, LinkType.FINISH_START, Lag.minutes(3 * DAY));
		this.builder.statusDate(at(7, 17)).finished(a, at(5, 8), at(5, 17));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(9, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(8, 8));
	}

}
