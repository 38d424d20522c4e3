package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/** Progress with retained logic, on the standard calendar from Monday 5 January 2026. */
class ProgressTest {

	private final Network.Builder builder = Network.builder(PROJECT_START);

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void aFinishedActivityKeepsItsActualDatesAndDrivesItsSuccessor() {
		int a = this.builder.task("A", "Design", 2 * DAY);
		int b = this.builder.task("B", "Build", DAY);
		this.builder.finishToStart(a, b);
		this.builder.finished(a, at(5, 8), at(7, 17));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(5, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(7, 17));
		assertThat(s.earlyStart(b)).isEqualTo(at(8, 8));
		assertThat(s.isCritical(a)).isFalse();
		assertThat(s.isCritical(b)).isTrue();
	}

	@Test
	void remainingWorkOfAStartedActivityResumesAtTheStatusDate() {
		int a = this.builder.task("A", "Survey", 4 * DAY);
		this.builder.statusDate(at(8, 8)).started(a, at(5, 8), 50);
		Schedule s = schedule();

		assertThat(s.remainingMinutes(a)).isEqualTo(2 * DAY);
		assertThat(s.earlyStart(a)).isEqualTo(at(5, 8));
		assertThat(s.earlyFinish(a)).isEqualTo(at(9, 17));
		assertThat(s.lateStart(a)).isEqualTo(at(5, 8));
	}

	@Test
	void remainingWorkStartedOutOfSequenceStillWaitsForItsPredecessor() {
		int p = this.builder.task("P", "Design", 2 * DAY);
		int a = this.builder.task("A", "Build", 2 * DAY);
		this.builder.finishToStart(p, a);
		this.builder.statusDate(at(5, 17)).startedWithRemaining(a, at(5, 8), DAY);
		Schedule s = schedule();

		assertThat(s.earlyStart(p)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(p)).isEqualTo(at(7, 17));
		assertThat(s.earlyFinish(a)).isEqualTo(at(8, 17));
		assertThat(s.percentComplete(a)).isEqualTo(50);
		assertThat(s.totalFloat(p)).isZero();
	}

	@Test
	void activitiesNotStartedWaitForTheStatusDate() {
		int a = this.builder.task("A", "Late start", DAY);
		this.builder.statusDate(at(7, 12));
		Schedule s = schedule();

		assertThat(s.earlyStart(a)).isEqualTo(at(7, 13));
	}

}
