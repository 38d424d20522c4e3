package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Day boundaries (ADR 0103): work that ends at the end of a working day finishes at that
 * day's 17:00, not at the next day's 08:00, early and late, for a task, a (finish)
 * milestone and a summary, under MS Project's and under P6's rules. Standard calendar,
 * Monday 5 January 2026 08:00.
 */
class DayBoundariesTest {

	@ParameterizedTest
	@EnumSource(SchedulingRules.class)
	void aFinishAtTheEndOfAWorkingDayIsThatDays1700EarlyAndLate(SchedulingRules rules) {
		Network.Builder builder = Network.builder(PROJECT_START).rules(rules);
		int phase = builder.summary("P", "Phase");
		int design = builder.task("A", "Design", DAY);
		int review = builder.task("B", "Review", 2 * DAY);
		int done = builder.milestone("M", "Designed");
		int parallel = builder.task("C", "Order", DAY);
		builder.parent(design, phase).parent(review, phase);
		builder.finishToStart(design, review);
		builder.finishToStart(design, done);
		Schedule s = CriticalPath.schedule(builder.build(), WorkCalendar.standard());

		assertThat(s.earlyFinish(design)).isEqualTo(at(5, 17));
		assertThat(s.lateFinish(design)).isEqualTo(at(5, 17));
		assertThat(s.earlyStart(review)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(review)).isEqualTo(at(7, 17));
		assertThat(s.lateFinish(review)).isEqualTo(at(7, 17));
		assertThat(s.earlyStart(done)).isEqualTo(at(5, 17));
		assertThat(s.earlyFinish(done)).isEqualTo(at(5, 17));
		assertThat(s.lateFinish(done)).isEqualTo(at(7, 17));
		// A task with float: its late finish is the project finish, Wednesday 17:00.
		assertThat(s.lateFinish(parallel)).isEqualTo(at(7, 17));
		assertThat(s.lateStart(parallel)).isEqualTo(at(7, 8));
		assertThat(s.earlyFinish(phase)).isEqualTo(at(7, 17));
		assertThat(s.lateFinish(phase)).isEqualTo(at(7, 17));
		assertThat(s.projectFinish()).isEqualTo(at(7, 17));
	}

}
