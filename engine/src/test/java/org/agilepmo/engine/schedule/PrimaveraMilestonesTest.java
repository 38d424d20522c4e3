package org.agilepmo.engine.schedule;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.agilepmo.engine.schedule.Day.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * P6's start and finish milestones (ADR 0103): after work that ends at 17:00, a finish
 * milestone is dated 17:00 that day and a start milestone 08:00 the next working day,
 * early and late. Standard calendar, Monday 5 January 2026 08:00.
 */
class PrimaveraMilestonesTest {

	private final Network.Builder builder = Network.builder(PROJECT_START).rules(SchedulingRules.PRIMAVERA);

	private Schedule schedule() {
		return CriticalPath.schedule(this.builder.build(), WorkCalendar.standard());
	}

	@Test
	void aStartMilestoneIsAtTheNextWorkStartAndAFinishMilestoneAtThePreviousWorkFinish() {
		int design = this.builder.task("A", "Design", DAY);
		int designed = this.builder.milestone("F", "Design finished");
		int buildStarts = this.builder.startMilestone("S", "Build starts");
		int build = this.builder.task("B", "Build", DAY);
		this.builder.finishToStart(design, designed);
		this.builder.finishToStart(design, buildStarts);
		this.builder.finishToStart(buildStarts, build);
		Schedule s = schedule();

		assertThat(s.earlyStart(designed)).isEqualTo(at(5, 17));
		assertThat(s.earlyFinish(designed)).isEqualTo(at(5, 17));
		assertThat(s.earlyStart(buildStarts)).isEqualTo(at(6, 8));
		assertThat(s.earlyFinish(buildStarts)).isEqualTo(at(6, 8));
		assertThat(s.earlyStart(build)).isEqualTo(at(6, 8));
		// Late: the start milestone's late start and late finish are both Tuesday 08:00,
		// as P6 saves them (MPXJ's PrimaveraScheduler gives Monday 17:00 as its late
		// finish).
		assertThat(s.lateStart(buildStarts)).isEqualTo(at(6, 8));
		assertThat(s.lateFinish(buildStarts)).isEqualTo(at(6, 8));
		assertThat(s.lateStart(designed)).isEqualTo(at(6, 17));
		assertThat(s.lateFinish(designed)).isEqualTo(at(6, 17));
		assertThat(s.lateFinish(design)).isEqualTo(at(5, 17));
		assertThat(s.totalFloat(buildStarts)).isZero();
	}

	@Test
	void aStartMilestoneThatOpensTheWorkIsAtADataDateOfMidnightItself() {
		this.builder.statusDate(at(5, 0));
		int kickOff = this.builder.startMilestone("S", "Kick-off");
		int work = this.builder.task("A", "Work", DAY);
		this.builder.finishToStart(kickOff, work);
		Schedule s = schedule();

		// P6 saves the data date, Monday 00:00, as the milestone's early dates, and the
		// next work start as its late dates (wk2.xer, activity 1400).
		assertThat(s.earlyStart(kickOff)).isEqualTo(at(5, 0));
		assertThat(s.earlyFinish(kickOff)).isEqualTo(at(5, 0));
		assertThat(s.lateStart(kickOff)).isEqualTo(at(5, 8));
		assertThat(s.lateFinish(kickOff)).isEqualTo(at(5, 8));
		assertThat(s.totalFloat(kickOff)).isZero();
		assertThat(s.earlyStart(work)).isEqualTo(at(5, 8));
	}

	@Test
	void aStartMilestoneAtADataDateInsideTheDayIsAtTheNextWorkStart() {
		this.builder.statusDate(at(5, 17));
		int kickOff = this.builder.startMilestone("S", "Kick-off");
		int work = this.builder.task("A", "Work", DAY);
		this.builder.finishToStart(kickOff, work);
		Schedule s = schedule();

		assertThat(s.earlyStart(kickOff)).isEqualTo(at(6, 8));
		assertThat(s.earlyStart(work)).isEqualTo(at(6, 8));
	}

}
