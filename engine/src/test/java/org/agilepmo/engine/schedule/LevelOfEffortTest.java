package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * P6's level-of-effort activities (ADR 0103): project management that lasts from the
 * start of design to the end of testing. Its dates follow its links, it drives nothing
 * and is never critical. Standard calendar, Monday 5 January 2026 08:00.
 */
class LevelOfEffortTest {

	private final Network.Builder builder = Network.builder(PROJECT_START).rules(SchedulingRules.PRIMAVERA);

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void itSpansFromItsStartToStartPredecessorToItsFinishToFinishSuccessor() {
		int design = this.builder.task("A", "Design", 2 * DAY);
		int build = this.builder.task("B", "Build", 3 * DAY);
		int test = this.builder.task("C", "Test", DAY);
		int management = this.builder.levelOfEffort("M", "Project management");
		this.builder.finishToStart(design, build);
		this.builder.finishToStart(build, test);
		this.builder.link(design, management, LinkType.START_START, Lag.NONE);
		this.builder.link(management, test, LinkType.FINISH_FINISH, Lag.NONE);
		Schedule s = schedule();

		assertThat(s.earlyStart(management)).isEqualTo(at(5, 8));
		assertThat(s.earlyFinish(management)).isEqualTo(at(12, 17));
		assertThat(s.lateStart(management)).isEqualTo(at(5, 8));
		assertThat(s.lateFinish(management)).isEqualTo(at(12, 17));
		assertThat(s.isCritical(management)).isFalse();
		// It drives nothing: the chain's dates are the same as without it.
		assertThat(s.earlyStart(test)).isEqualTo(at(12, 8));
		assertThat(s.projectFinish()).isEqualTo(at(12, 17));
		assertThat(s.isCritical(test)).isTrue();
	}

	@Test
	void itsLinksNeverMoveTheActivitiesTheyJoin() {
		int design = this.builder.task("A", "Design", 2 * DAY);
		int build = this.builder.task("B", "Build", DAY);
		int support = this.builder.levelOfEffort("M", "Support");
		this.builder.finishToStart(design, build);
		// A finish-to-start link from the level of effort would hold Build back if it
		// were an ordinary activity of its "duration".
		this.builder.link(design, support, LinkType.FINISH_START, Lag.NONE);
		this.builder.link(support, build, LinkType.FINISH_START, Lag.minutes(DAY));
		Schedule s = schedule();

		assertThat(s.earlyStart(build)).isEqualTo(at(7, 8));
		// From Design's finish to a working day before Build's start: nothing, so the
		// level of effort starts and finishes at Design's finish.
		assertThat(s.earlyStart(support)).isEqualTo(at(7, 8));
		assertThat(s.earlyFinish(support)).isEqualTo(at(7, 8));
		assertThat(s.projectFinish()).isEqualTo(at(7, 17));
	}

	@Test
	void withoutLinksItStartsAtTheProjectStartAndEndsAtTheProjectFinishLate() {
		int work = this.builder.task("A", "Work", 3 * DAY);
		int loose = this.builder.levelOfEffort("M", "Loose");
		Schedule s = schedule();

		assertThat(s.earlyStart(loose)).isEqualTo(at(5, 8));
		assertThat(s.earlyFinish(loose)).isEqualTo(at(5, 8));
		assertThat(s.lateFinish(loose)).isEqualTo(s.earlyFinish(work));
		assertThat(s.longestPathIndexes()).containsExactly(work);
	}

}
