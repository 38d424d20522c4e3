package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project scheduled from its finish date, as MS Project does it (ADR 0103): the
 * backward pass starts at the given finish, the project starts at the earliest late
 * start, and tasks as late as possible sit at their late dates. Standard calendar; the
 * project must finish on Friday 9 January 2026 at 17:00.
 */
class ScheduleFromFinishTest {

	private final Network.Builder builder = Network.builder(PROJECT_START).scheduleFromFinish(at(9, 17));

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void theWorkEndsAtTheFinishDateAndTheProjectStartsAsLateAsItCan() {
		int design = this.builder.task("A", "Design", 2 * DAY);
		int build = this.builder.task("B", "Build", DAY);
		int brochure = this.builder.task("C", "Brochure", DAY);
		this.builder.finishToStart(design, build);
		for (int i : new int[] { design, build, brochure }) {
			this.builder.constrain(i, ConstraintType.AS_LATE_AS_POSSIBLE, null);
		}
		Schedule s = schedule();

		assertThat(s.lateFinish(build)).isEqualTo(at(9, 17));
		assertThat(s.lateStart(build)).isEqualTo(at(9, 8));
		assertThat(s.lateStart(design)).isEqualTo(at(7, 8));
		assertThat(s.scheduledStart()).isEqualTo(at(7, 8));
		assertThat(s.projectFinish()).isEqualTo(at(9, 17));
		// Early dates run forward from that start.
		assertThat(s.earlyStart(design)).isEqualTo(at(7, 8));
		assertThat(s.earlyStart(brochure)).isEqualTo(at(7, 8));
		assertThat(s.totalFloat(brochure)).isEqualTo(2 * DAY);
		// As late as possible: the brochure is done on the last day.
		assertThat(s.start(brochure)).isEqualTo(at(9, 8));
		assertThat(s.finish(brochure)).isEqualTo(at(9, 17));
		assertThat(s.isCritical(design)).isTrue();
	}

	@Test
	void anAsSoonAsPossibleTaskRunsFromTheComputedStart() {
		int design = this.builder.task("A", "Design", 3 * DAY);
		int review = this.builder.task("B", "Review", DAY);
		this.builder.constrain(design, ConstraintType.AS_LATE_AS_POSSIBLE, null);
		Schedule s = schedule();

		assertThat(s.start(design)).isEqualTo(at(7, 8));
		assertThat(s.start(review)).isEqualTo(at(7, 8));
		assertThat(s.lateStart(review)).isEqualTo(at(9, 8));
	}

}
