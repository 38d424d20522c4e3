package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-computed examples on the standard calendar (Monday to Friday, 08:00-12:00 and
 * 13:00-17:00), starting Monday 5 January 2026.
 */
class LinkTypesAndLagsTest {

	private final Network.Builder builder = Network.builder(PROJECT_START);

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void finishToStartChainIsCriticalAndAParallelTaskHasFloat() {
		int a = this.builder.task("A", "Dig", 2 * DAY);
		int b = this.builder.task("B", "Pour", 3 * DAY);
		int c = this.builder.task("C", "Order", DAY);
		this.builder.finishToStart(a, b);
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(7, 8));
		assertThat(s.earlyFinish(b)).isEqualTo(at(9, 17));
		assertThat(s.lateFinish(a)).isEqualTo(at(6, 17));
		assertThat(s.lateStart(c)).isEqualTo(at(9, 8));
		assertThat(s.totalFloat(a)).isZero();
		assertThat(s.totalFloat(c)).isEqualTo(4 * DAY);
		assertThat(s.freeFloat(c)).isEqualTo(4 * DAY);
		assertThat(s.isCritical(b)).isTrue();
		assertThat(s.isCritical(c)).isFalse();
		assertThat(s.longestPath()).containsExactly("A", "B");
		assertThat(s.activity("B").drivingPredecessor()).isEqualTo("A");
		assertThat(s.projectFinish()).isEqualTo(at(9, 17));
		assertThat(s.earlyFinishOffset(b)).isEqualTo(5 * DAY);
	}

	@Test
	void finishToStartLagDelaysTheSuccessorInWorkingTime() {
		int a = this.builder.task("A", "Pour", 2 * DAY);
		int b = this.builder.task("B", "Strip forms", DAY);
		this.builder.link(a, b, LinkType.FINISH_START, Lag.minutes(DAY));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(8, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(6, 17));
		assertThat(s.totalFloat(a)).isZero();
	}

	@Test
	void negativeLagLetsTheSuccessorOverlap() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int b = this.builder.task("B", "Build", 2 * DAY);
		this.builder.link(a, b, LinkType.FINISH_START, Lag.minutes(-DAY));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(b)).isEqualTo(at(7, 17));
	}

	@Test
	void percentageLagIsAShareOfThePredecessorsDuration() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int b = this.builder.task("B", "Review", DAY);
		this.builder.link(a, b, LinkType.FINISH_START, Lag.percent(50));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(8, 8));
	}

	@Test
	void startToStartWithLagStartsTheSuccessorADayLater() {
		int a = this.builder.task("A", "Lay pipe", 3 * DAY);
		int b = this.builder.task("B", "Backfill", 2 * DAY);
		this.builder.link(a, b, LinkType.START_START, Lag.minutes(DAY));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(b)).isEqualTo(at(7, 17));
		assertThat(s.lateFinish(a)).isEqualTo(at(7, 17));
		assertThat(s.totalFloat(a)).isZero();
		assertThat(s.totalFloat(b)).isZero();
	}

	@Test
	void finishToFinishWithLagFinishesTheSuccessorHalfADayAfter() {
		int a = this.builder.task("A", "Wire", 2 * DAY);
		int b = this.builder.task("B", "Test", DAY);
		this.builder.link(a, b, LinkType.FINISH_FINISH, Lag.minutes(240));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(6, 13));
		assertThat(s.earlyFinish(b)).isEqualTo(at(7, 12));
		assertThat(s.lateFinish(a)).isEqualTo(at(6, 17));
		assertThat(s.totalFloat(a)).isZero();
	}

	@Test
	void startToFinishMakesTheSuccessorFinishWhenThePredecessorStarts() {
		int a = this.builder.task("A", "New system live", DAY);
		int b = this.builder.task("B", "Old system runs", DAY);
		this.builder.constrain(a, ConstraintType.START_NO_EARLIER_THAN, at(7, 8));
		this.builder.link(a, b, LinkType.START_FINISH);
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(b)).isEqualTo(at(6, 17));
		assertThat(s.lateFinish(b)).isEqualTo(at(7, 17));
		assertThat(s.totalFloat(b)).isEqualTo(DAY);
		assertThat(s.lateFinish(a)).isEqualTo(at(7, 17));
	}

	@Test
	void aMilestoneAfterATaskSitsAtTheEndOfItsLastDay() {
		int a = this.builder.task("A", "Build", DAY);
		int m = this.builder.milestone("M", "Handover");
		this.builder.finishToStart(a, m);
		Schedule s = schedule();

		assertThat(s.earlyStart(m)).isEqualTo(at(5, 17));
		assertThat(s.earlyFinish(m)).isEqualTo(at(5, 17));
		assertThat(s.activity(m).kind()).isEqualTo(ActivityKind.MILESTONE);
	}

	@Test
	void theLatestOfSeveralPredecessorsDrives() {
		int a = this.builder.task("A", "Short", DAY);
		int b = this.builder.task("B", "Long", 3 * DAY);
		int c = this.builder.task("C", "Join", DAY);
		this.builder.finishToStart(a, c);
		this.builder.finishToStart(b, c);
		Schedule s = schedule();

		assertThat(s.drivingPredecessor(c)).isEqualTo(b);
		assertThat(s.freeFloat(a)).isEqualTo(2 * DAY);
		assertThat(s.longestPath()).containsExactly("B", "C");
	}

	@Test
	void anActivityOnItsOwnCalendarWorksItsOwnHours() {
		WorkCalendar nights = WorkCalendar.builder("Nights")
			.workWeek(WorkCalendar.standard().week().keySet(),
					org.agilepmo.engine.calendar.WorkingTime.parse("18:00-22:00"))
			.build();
		int a = this.builder.task("A", "Day work", DAY);
		int b = this.builder.task("B", "Night work", 480);
		this.builder.calendar(b, nights);
		this.builder.finishToStart(a, b);
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(5, 18));
		assertThat(s.earlyFinish(b)).isEqualTo(at(6, 22));
	}

}
