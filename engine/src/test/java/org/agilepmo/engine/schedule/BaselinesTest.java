package org.agilepmo.engine.schedule;

import java.time.Duration;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.schedule.Day.DAY;
import static org.agilepmo.engine.schedule.Day.PROJECT_START;
import static org.assertj.core.api.Assertions.assertThat;

class BaselinesTest {

	private static Schedule plan(int designDays) {
		Network.Builder builder = Network.builder(PROJECT_START);
		int a = builder.task("A", "Design", designDays * DAY);
		int b = builder.task("B", "Build", 2 * DAY);
		builder.finishToStart(a, b);
		return CriticalPath.schedule(builder.build(), WorkCalendar.standard());
	}

	@Test
	void varianceAgainstEachSavedBaselineIsReportedInWorkingAndElapsedTime() {
		Baselines baselines = new Baselines();
		baselines.save("Baseline", plan(1));
		baselines.save("Baseline 1", plan(2));
		Schedule current = plan(3);

		Baseline.Variance build = baselines.variance("Baseline", current).get(1);
		assertThat(build.activityId()).isEqualTo("B");
		assertThat(build.startWork()).isEqualTo(2 * DAY);
		assertThat(build.finishWork()).isEqualTo(2 * DAY);
		assertThat(build.durationWork()).isZero();
		assertThat(build.startElapsed()).isEqualTo(Duration.ofDays(2));
		assertThat(build.finishElapsed()).isEqualTo(Duration.ofDays(2));

		Baseline.Variance design = baselines.variance("Baseline 1", current).get(0);
		assertThat(design.durationWork()).isEqualTo(DAY);
		assertThat(design.finishWork()).isEqualTo(DAY);
		assertThat(baselines.names()).containsExactly("Baseline", "Baseline 1");
	}

}
