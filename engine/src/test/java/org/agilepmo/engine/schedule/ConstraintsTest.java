package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-computed constraint examples on the standard calendar from Monday 5 January 2026.
 */
class ConstraintsTest {

	private final Network.Builder builder = Network.builder(PROJECT_START);

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void startNoEarlierThanHoldsBackAnActivityWithoutPredecessors() {
		int a = this.builder.task("A", "Pour", DAY);
		this.builder.constrain(a, ConstraintType.START_NO_EARLIER_THAN, at(7, 8));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(7, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(7, 17));
		assertThat(s.constraintViolations()).isEmpty();
	}

	@Test
	void startNoEarlierThanGivesWayToLaterLogic() {
		int a = this.builder.task("A", "Dig", 3 * DAY);
		int b = this.builder.task("B", "Pour", DAY);
		this.builder.finishToStart(a, b);
		this.builder.constrain(b, ConstraintType.START_NO_EARLIER_THAN, at(6, 8));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(8, 8));
		assertThat(s.drivingPredecessor(b)).isEqualTo(a);
	}

	@Test
	void finishNoEarlierThanHoldsBackTheFinish() {
		int a = this.builder.task("A", "Cure", DAY);
		this.builder.constrain(a, ConstraintType.FINISH_NO_EARLIER_THAN, at(8, 17));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(8, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(8, 17));
	}

	@Test
	void startNoLaterThanBeforeTheLogicIsHonouredAndReportedWithNegativeFloat() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int b = this.builder.task("B", "Permit", DAY);
		this.builder.finishToStart(a, b);
		this.builder.constrain(b, ConstraintType.START_NO_LATER_THAN, at(6, 8));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(6, 8));
		assertThat(s.lateFinish(b)).isEqualTo(at(6, 17));
		assertThat(s.lateFinish(a)).isEqualTo(at(5, 17));
		assertThat(s.lateStart(a)).isEqualTo(at(2, 8));
		assertThat(s.totalFloat(a)).isEqualTo(-DAY);
		assertThat(s.isCritical(a)).isTrue();
		assertThat(s.constraintViolations())
			.containsExactly(new ConstraintViolation("B", ConstraintType.START_NO_LATER_THAN, at(6, 8), at(7, 8), DAY));
	}

	@Test
	void finishNoLaterThanBeforeTheLogicIsHonouredAndReported() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int b = this.builder.task("B", "Build", 2 * DAY);
		this.builder.finishToStart(a, b);
		this.builder.constrain(b, ConstraintType.FINISH_NO_LATER_THAN, at(7, 17));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(b)).isEqualTo(at(7, 17));
		assertThat(s.totalFloat(a)).isEqualTo(-DAY);
		assertThat(s.constraintViolations()).singleElement()
			.satisfies(v -> assertThat(v.constraint()).isEqualTo(ConstraintType.FINISH_NO_LATER_THAN))
			.satisfies(v -> assertThat(v.workMinutes()).isEqualTo(DAY));
	}

	@Test
	void finishNoLaterThanAfterTheLogicOnlyLimitsTheLateFinish() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int b = this.builder.task("B", "Other", 5 * DAY);
		this.builder.constrain(a, ConstraintType.FINISH_NO_LATER_THAN, at(7, 17));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(5, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(7, 17));
		assertThat(s.totalFloat(a)).isEqualTo(DAY);
		assertThat(s.totalFloat(b)).isZero();
		assertThat(s.constraintViolations()).isEmpty();
	}

	@Test
	void mustStartOnFixesEarlyAndLateStart() {
		int a = this.builder.task("A", "Inspection", DAY);
		int b = this.builder.task("B", "Other", 5 * DAY);
		this.builder.constrain(a, ConstraintType.MUST_START_ON, at(6, 8));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(6, 8));
		assertThat(s.lateStart(a)).isEqualTo(at(6, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(6, 17));
		assertThat(s.totalFloat(a)).isZero();
		assertThat(s.totalFloat(b)).isZero();
	}

	@Test
	void mustStartOnAfterTheLogicLeavesFloatToItsPredecessor() {
		int a = this.builder.task("A", "Prepare", DAY);
		int b = this.builder.task("B", "Inspection", DAY);
		this.builder.finishToStart(a, b);
		this.builder.constrain(b, ConstraintType.MUST_START_ON, at(8, 8));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(8, 8));
		assertThat(s.lateFinish(a)).isEqualTo(at(7, 17));
		assertThat(s.totalFloat(a)).isEqualTo(2 * DAY);
		assertThat(s.drivingPredecessor(b)).isEqualTo(-1);
	}

	@Test
	void mustStartOnBeforeTheLogicIsReported() {
		int a = this.builder.task("A", "Prepare", 2 * DAY);
		int b = this.builder.task("B", "Inspection", DAY);
		this.builder.finishToStart(a, b);
		this.builder.constrain(b, ConstraintType.MUST_START_ON, at(6, 8));
		Schedule s = schedule();

		assertThat(s.earlyStart(b)).isEqualTo(at(6, 8));
		assertThat(s.totalFloat(a)).isEqualTo(-DAY);
		assertThat(s.constraintViolations()).extracting(ConstraintViolation::constraint)
			.containsExactly(ConstraintType.MUST_START_ON);
	}

	@Test
	void mustFinishOnFixesTheFinish() {
		int a = this.builder.task("A", "Handover", DAY);
		this.builder.constrain(a, ConstraintType.MUST_FINISH_ON, at(7, 17));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(7, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(7, 17));
		assertThat(s.lateFinish(a)).isEqualTo(at(7, 17));
	}

	@Test
	void asLateAsPossibleRunsJustBeforeItsSuccessor() {
		int a = this.builder.task("A", "Excavate", 3 * DAY);
		int b = this.builder.task("B", "Deliver", DAY);
		int c = this.builder.task("C", "Install", DAY);
		this.builder.finishToStart(a, c);
		this.builder.finishToStart(b, c);
		this.builder.constrain(b, ConstraintType.AS_LATE_AS_POSSIBLE, null);
		Schedule s = schedule();

		assertThat(s.start(b)).isEqualTo(at(7, 8));
		assertThat(s.finish(b)).isEqualTo(at(7, 17));
		assertThat(s.earlyStart(b)).isEqualTo(at(5, 8));
		assertThat(s.earlyStart(c)).isEqualTo(at(8, 8));
		assertThat(s.totalFloat(b)).isEqualTo(2 * DAY);
	}

	@Test
	void aMissedDeadlineGivesNegativeFloatButDoesNotMoveTheActivity() {
		int a = this.builder.task("A", "Build", 3 * DAY);
		this.builder.deadline(a, at(6, 17));
		Schedule s = schedule();

		assertThat(s.earlyFinish(a)).isEqualTo(at(7, 17));
		assertThat(s.lateFinish(a)).isEqualTo(at(6, 17));
		assertThat(s.totalFloat(a)).isEqualTo(-DAY);
		assertThat(s.deadlineMisses()).containsExactly(new DeadlineMiss("A", at(6, 17), at(7, 17), DAY));
	}

}
