package org.agilepmo.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Schedule;
import org.junit.jupiter.api.Test;
import org.mpxj.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test: random small projects (10-60 activities, two calendars, every link
 * type, lags in minutes and percent, every constraint type, deadlines) scheduled by
 * MPXJ's MicrosoftScheduler and by our engine must have the same early and late dates.
 */
class MatchesMpxjMicrosoftSchedulerTest {

	private static final int PROJECTS = 1500;

	@Test
	void earlyAndLateDatesMatchMpxjOnRandomProjects() {
		List<String> differences = new ArrayList<>();
		for (long seed = 1; seed <= PROJECTS; seed++) {
			int size = 10 + (int) (seed * 7919 % 51);
			RandomProject project = RandomProject.small(size, seed);
			MpxjProject mpxj = new MpxjProject(project);
			mpxj.schedule(RandomProject.START);
			Schedule ours = CriticalPath.schedule(project.toNetwork(), project.calendars[0]);
			for (int i = 0; i < size; i++) {
				Task task = mpxj.task(i);
				compare(differences, seed, i, "early start", task.getEarlyStart(), ours.earlyStart(i));
				compare(differences, seed, i, "early finish", task.getEarlyFinish(), ours.earlyFinish(i));
				compare(differences, seed, i, "late start", task.getLateStart(), ours.lateStart(i));
				compare(differences, seed, i, "late finish", task.getLateFinish(), ours.lateFinish(i));
			}
		}
		assertThat(differences).as("%d differences, first ones", differences.size()).isEmpty();
	}

	private static void compare(List<String> differences, long seed, int activity, String what, LocalDateTime mpxj,
			LocalDateTime ours) {
		if (!mpxj.equals(ours) && differences.size() < 30) {
			differences.add("seed " + seed + " T" + activity + " " + what + ": MPXJ " + mpxj + ", ours " + ours);
		}
	}

}
