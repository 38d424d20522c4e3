package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * P6 carries the instant across a start-to-finish link as it is (ADR 0103): the
 * successor's early finish is its predecessor's early start (08:00), and the
 * predecessor's late start is its successor's late finish (17:00 the day before). MS
 * Project moves them to the end of the previous working period and the next work start.
 * Standard calendar, Monday 5 January 2026 08:00.
 */
class PrimaveraStartFinishLinksTest {

	private Schedule schedule(SchedulingRules rules) {
		Network.Builder builder = Network.builder(PROJECT_START).rules(rules);
		int before = builder.task("X", "Prepare", DAY);
		int shift = builder.task("P", "New shift", DAY);
		int old = builder.task("S", "Old shift", DAY);
		int after = builder.task("T", "Handover", 2 * DAY);
		builder.finishToStart(before, shift);
		builder.link(shift, old, LinkType.START_FINISH);
		builder.finishToStart(old, after);
		return CriticalPath.schedule(builder.build(), WorkCalendar.standard());
	}

	@Test
	void underP6sRulesTheDatesAStartToFinishLinkCarriesAreTheInstantsThemselves() {
		Schedule s = schedule(SchedulingRules.PRIMAVERA);

		assertThat(s.activity("S").earlyStart()).isEqualTo(at(5, 8));
		assertThat(s.activity("S").earlyFinish()).isEqualTo(at(6, 8));
		assertThat(s.activity("P").lateStart()).isEqualTo(at(5, 17));
		assertThat(s.activity("P").lateFinish()).isEqualTo(at(6, 17));
		assertThat(s.activity("T").earlyStart()).isEqualTo(at(6, 8));
	}

	@Test
	void underMsProjectsRulesTheyAreMovedToTheWorkingPeriods() {
		Schedule s = schedule(SchedulingRules.MICROSOFT_PROJECT);

		assertThat(s.activity("S").earlyFinish()).isEqualTo(at(5, 17));
		assertThat(s.activity("P").lateStart()).isEqualTo(at(6, 8));
	}

}
