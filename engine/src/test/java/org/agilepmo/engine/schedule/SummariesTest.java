package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SummariesTest {

	@Test
	void aSummaryRollsUpDatesWorkAndProgressOfNestedChildren() {
		Network.Builder builder = Network.builder(PROJECT_START);
		int phase = builder.summary("1", "Phase");
		int design = builder.summary("1.1", "Design");
		int a = builder.task("A", "Sketch", 2 * DAY);
		int b = builder.task("B", "Build", 2 * DAY);
		int c = builder.task("C", "Other", 6 * DAY);
		builder.parent(design, phase).parent(a, design).parent(b, phase);
		builder.finishToStart(a, b);
		builder.statusDate(at(6, 17)).finished(a, at(5, 8), at(6, 17));
		Schedule s = CriticalPath.schedule(builder.build(), WorkCalendar.standard());

		assertThat(s.earlyStart(phase)).isEqualTo(at(5, 8));
		assertThat(s.earlyFinish(phase)).isEqualTo(at(8, 17));
		assertThat(s.lateFinish(phase)).isEqualTo(at(14, 17));
		assertThat(s.earlyFinish(design)).isEqualTo(at(6, 17));
		assertThat(s.workMinutes(phase)).isEqualTo(4 * DAY);
		assertThat(s.percentComplete(phase)).isEqualTo(50);
		assertThat(s.activity(phase).durationMinutes()).isEqualTo(4 * DAY);
		assertThat(s.totalFloat(phase)).isEqualTo(4 * DAY);
		assertThat(s.isCritical(phase)).isFalse();
		assertThat(s.isCritical(c)).isTrue();
		assertThat(s.isCritical(design)).as("all children finished").isFalse();
	}

	@Test
	void summariesCannotBeLinked() {
		Network.Builder builder = Network.builder(PROJECT_START);
		int phase = builder.summary("1", "Phase");
		int a = builder.task("A", "Sketch", DAY);
		assertThatIllegalArgumentException().isThrownBy(() -> builder.finishToStart(phase, a));
	}

}
