package org.agilepmo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.shared.Actor;

/**
 * A plan's activities with their progress and, when a baseline is named, the dates it
 * fixed: what earned value and cost reports measure against. Always through the project's
 * access rule (404 when the person may not see the project).
 */
public interface PlanProgress {

	/**
	 * The plan's activities in WBS order, each with the dates of the named baseline
	 * ({@code null} for an activity added after it); empty when the project has no plan,
	 * or no baseline of that name when one is named.
	 */
	Optional<ProgressedPlan> progress(long projectId, String baselineName, Actor actor);

	/**
	 * The plan's milestones that finish from {@code first} to {@code last} (both
	 * included) as it is scheduled now, by date; empty when the project has no plan.
	 */
	List<UpcomingMilestone> milestonesBetween(long projectId, LocalDate first, LocalDate last, Actor actor);

	/**
	 * A milestone as scheduled: its finish, whether it is on the critical path, and how
	 * far it is complete.
	 */
	record UpcomingMilestone(long activityId, String name, LocalDateTime finish, boolean critical,
			int percentComplete) {

	}

	/** The names of the project's baselines, oldest first. */
	List<String> baselineNames(long projectId, Actor actor);

	/** A plan's activities as they stand, against one baseline. */
	record ProgressedPlan(String baselineName, List<ProgressedActivity> activities) {

		public ProgressedPlan {
			activities = List.copyOf(activities);
		}

	}

	/**
	 * One activity: its WBS parent, whether it is a summary, its percent complete, the
	 * baseline's start and finish, the working calendar it runs on (its own, or the
	 * plan's), its budgeted cost now and the one the baseline kept (each in the currency
	 * of the project's budget, {@code null} when there is none: a summary, an activity
	 * without a cost, a baseline saved before the activity was budgeted or before the
	 * plan kept costs).
	 */
	record ProgressedActivity(long id, Long parentId, String name, boolean summary, int percentComplete,
			LocalDateTime baselineStart, LocalDateTime baselineFinish, WorkCalendar calendar, BigDecimal budgetedCost,
			BigDecimal baselineBudgetedCost) {

		/**
		 * The cost to measure the activity against: the baseline's when it kept one, else
		 * the activity's own, else zero; a summary's own is zero (its children carry it).
		 */
		public BigDecimal budgetAtCompletion() {
			if (this.summary) {
				return BigDecimal.ZERO;
			}
			if (this.baselineBudgetedCost != null) {
				return this.baselineBudgetedCost;
			}
			return (this.budgetedCost != null) ? this.budgetedCost : BigDecimal.ZERO;
		}

	}

}
