package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Manually scheduled tasks (MS Project): they keep the dates given whatever their links
 * say, and their successors follow those dates. Their late finish stays where the
 * successors put it (08:00 of the successor's late start), as MS Project saves it.
 */
class ManualTasksTest {

	@Test
	void aManualTaskKeepsItsDatesAndDrivesItsSuccessor() {
		Network.Builder builder = Network.builder(PROJECT_START);
		int p = builder.task("P", "Design", 3 * DAY);
		int m = builder.task("M", "Agreed workshop", 2 * DAY);
		int s = builder.task("S", "Build", DAY);
		builder.manual(m, at(6, 8), at(7, 17)).finishToStart(p, m).finishToStart(m, s);
		Schedule schedule = CriticalPath.schedule(builder.build(), WorkCalendar.standard());

		assertThat(schedule.earlyStart(m)).isEqualTo(at(6, 8));
		assertThat(schedule.earlyFinish(m)).isEqualTo(at(7, 17));
		assertThat(schedule.earlyStart(s)).isEqualTo(at(8, 8));
		assertThat(schedule.lateFinish(m)).isEqualTo(at(8, 8));
		assertThat(schedule.lateStart(m)).isEqualTo(at(6, 8));
	}

	@Test
	void aManualTaskStartToStartBeforeALastTaskMayFinishWithIt() {
		Network.Builder builder = Network.builder(PROJECT_START);
		int m = builder.task("M", "Workshop", DAY);
		int s = builder.task("S", "Follow-up", DAY);
		int longest = builder.task("L", "Longest", 5 * DAY);
		builder.manual(m, at(5, 8), at(5, 17)).link(m, s, LinkType.START_START, Lag.minutes(2 * DAY));
		Schedule schedule = CriticalPath.schedule(builder.build(), WorkCalendar.standard());

		assertThat(schedule.earlyStart(s)).isEqualTo(at(7, 8));
		assertThat(schedule.lateFinish(longest)).isEqualTo(at(9, 17));
		assertThat(schedule.lateFinish(m)).isEqualTo(at(9, 17));
		assertThat(schedule.lateStart(m)).isEqualTo(at(9, 8));
	}

}
