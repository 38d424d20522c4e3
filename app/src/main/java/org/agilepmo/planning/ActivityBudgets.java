package org.agilepmo.planning;

import java.math.BigDecimal;
import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * The budgeted cost of a project's plan activities: what the plan says each activity will
 * cost, in the currency of the project's budget. The plan owns it (it travels with the
 * activity through edits, baselines, import and export); other modules read and set it
 * here, under the project's access rule (404 when the person may not see the project, 403
 * when they may not change its plan).
 */
public interface ActivityBudgets {

	/**
	 * The plan's activities in WBS order with their budgeted cost ({@code null} when
	 * none); empty when the project has no plan yet.
	 */
	List<BudgetedActivity> activities(Actor actor, long projectId);

	/**
	 * Sets an activity's budgeted cost ({@code null} removes it) through the plan's
	 * rules: an amount of 0 or more with at most two decimals, never on a summary. The
	 * version is the activity's, the one its ETag carries; a stale one is refused
	 * ({@link org.agilepmo.shared.StaleVersionException}). Audited with the plan's edits.
	 */
	BudgetedActivity budget(Actor actor, long projectId, long activityId, long expectedVersion, BigDecimal amount);

	/** An activity with its version (to change it) and its budgeted cost. */
	record BudgetedActivity(long activityId, long version, String name, boolean summary, BigDecimal budgetedCost) {

	}

}
