package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two schedules of a plan before and after an edit: an activity has the same result in
 * both only when none of its dates, floats, criticality or driving predecessor moved.
 */
class SameResultTest {

	private static Schedule plan(int designDays, int otherDays, boolean linkOther) {
		Network.Builder builder = Network.builder(PROJECT_START);
		int design = builder.task("D", "Design", designDays * DAY);
		int build = builder.task("B", "Build", DAY);
		int other = builder.task("O", "Other", otherDays * DAY);
		int paper = builder.task("P", "Paperwork", DAY);
		builder.finishToStart(design, build);
		if (linkOther) {
			builder.finishToStart(other, paper);
		}
		return CriticalPath.schedule(builder.build(), WorkCalendar.standard());
	}

	@Test
	void onlyTheActivitiesAnEditMovedDiffer() {
		Schedule before = plan(2, 1, true);
		Schedule after = plan(3, 1, true);

		assertThat(after.sameResult(0, before, 0)).as("design finishes later").isFalse();
		assertThat(after.sameResult(1, before, 1)).as("build starts later").isFalse();
		// The other chain keeps its dates but gains a day of float: not the same result.
		assertThat(after.sameResult(2, before, 2)).as("other has more float").isFalse();
		assertThat(after.sameResult(0, after, 0)).isTrue();
		assertThat(plan(2, 1, true).sameResult(3, before, 3)).isTrue();
	}

	@Test
	void aNewDrivingPredecessorIsADifferentResultEvenWithTheSameDates() {
		Schedule unlinked = plan(2, 1, false);
		Schedule linked = plan(2, 1, true);

		// Once linked, the paperwork waits for the other task and is driven by it.
		assertThat(linked.earlyStart(3)).isNotEqualTo(unlinked.earlyStart(3));
		assertThat(linked.sameResult(3, unlinked, 3)).isFalse();
		assertThat(linked.sameResult(0, unlinked, 0)).isTrue();
	}

}
