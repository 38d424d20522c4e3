package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work dated before the project start (a must-start-on before it, as real files have): it
 * keeps its dates, and the backward pass starts from the latest early finish, not from
 * the project start, as in MS Project and P6.
 */
class WorkBeforeTheProjectStartTest {

	@Test
	void theBackwardPassStartsFromTheLatestFinishEvenBeforeTheProjectStart() {
		Network.Builder builder = Network.builder(at(19, 8));
		int a = builder.task("A", "Survey", 2 * DAY);
		int b = builder.task("B", "Report", DAY);
		builder.constrain(a, ConstraintType.MUST_START_ON, at(5, 8)).finishToStart(a, b);
		Schedule s = CriticalPath.schedule(builder.build(), WorkCalendar.standard());

		assertThat(s.earlyStart(a)).isEqualTo(at(5, 8));
		assertThat(s.earlyFinish(b)).isEqualTo(at(7, 17));
		assertThat(s.projectFinish()).isEqualTo(at(7, 17));
		assertThat(s.lateFinish(b)).isEqualTo(at(7, 17));
		assertThat(s.lateStart(b)).isEqualTo(at(7, 8));
		assertThat(s.totalFloat(b)).isZero();
	}

}
