package org.agilepmo.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.agilepmo.shared.Actor;

/**
 * Where a project's schedule stands against its latest baseline, as reports and deviation
 * checks read it: the scheduled and baseline finish of the project and of each milestone.
 * Through the project's access rule (404 when the person may not see it).
 */
public interface ScheduleStatus {

	/** Empty when the project has no plan with activities. */
	Optional<Status> status(long projectId, Actor actor);

	/**
	 * @param baselineName the latest baseline, or {@code null} when the plan has none
	 * @param finish the project's scheduled finish
	 * @param baselineFinish the finish the baseline fixed (latest baseline finish of its
	 * activities), or {@code null}
	 * @param milestones the plan's milestones in WBS order
	 */
	record Status(String baselineName, LocalDate finish, LocalDate baselineFinish, List<Milestone> milestones) {

		public Status {
			milestones = List.copyOf(milestones);
		}

		/**
		 * Calendar days by which the finish moved past the baseline's (negative when
		 * earlier); {@code null} without a baseline.
		 */
		public Integer finishSlipDays() {
			return this.baselineFinish == null || this.finish == null ? null
					: (int) java.time.temporal.ChronoUnit.DAYS.between(this.baselineFinish, this.finish);
		}

	}

	/**
	 * One milestone: its scheduled finish, the baseline's ({@code null} when added after
	 * it), and its percent complete (100 when reached).
	 */
	record Milestone(long id, String name, LocalDate finish, LocalDate baselineFinish, int percentComplete) {

		public boolean reached() {
			return this.percentComplete >= 100;
		}

		public boolean slipped() {
			return this.baselineFinish != null && this.finish != null && this.finish.isAfter(this.baselineFinish);
		}

	}

}
