package org.agilepmo.engine.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.calendar.WorkingTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The usage example of the engine's public API, end to end. */
class PlanningASmallProjectTest {

	@Test
	void aProjectWithAHolidayADeadlineAndABaseline() {
		WorkCalendar calendar = WorkCalendar.builder("Office")
			.workWeek(WorkCalendar.standard().week().keySet(), WorkingTime.parse("08:00-12:00"),
					WorkingTime.parse("13:00-17:00"))
			.holiday(LocalDate.of(2026, 1, 6))
			.build();
		Network.Builder plan = Network.builder(LocalDateTime.of(2026, 1, 5, 8, 0));
		int design = plan.task("D", "Design", 2 * 480);
		int build = plan.task("B", "Build", 3 * 480);
		int done = plan.milestone("M", "Handover");
		plan.link(design, build, LinkType.START_START, Lag.percent(50));
		plan.finishToStart(build, done);
		plan.deadline(done, LocalDateTime.of(2026, 1, 8, 17, 0));
		Schedule schedule = CriticalPath.schedule(plan.build(), calendar);
		Baselines baselines = new Baselines();
		baselines.save("Baseline", schedule);

		assertThat(schedule.earlyStart(build)).isEqualTo(LocalDateTime.of(2026, 1, 7, 8, 0));
		assertThat(schedule.earlyFinish(done)).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
		assertThat(schedule.deadlineMisses()).extracting(DeadlineMiss::workMinutes).containsExactly(480);
		assertThat(schedule.longestPath()).containsExactly("D", "B", "M");
		assertThat(schedule.activity("D").totalFloat()).isEqualTo(-480);
		assertThat(baselines.variance("Baseline", schedule)).allMatch(v -> v.finishWork() == 0);
	}

}
