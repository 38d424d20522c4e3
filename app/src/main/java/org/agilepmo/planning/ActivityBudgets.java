package org.agilepmo.planning;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.shared.Actor;

/**
 * The budgeted cost of a project's plan activities, for the cost distribution of a
 * schedule risk analysis. A module that keeps activities' budgets may provide one bean of
 * this type (planning cannot ask such a module itself when that module reads the plan);
 * without one, a run's cost is what the register's risk events add.
 */
public interface ActivityBudgets {

	/**
	 * The budgeted cost of each activity that has one, in the budget's currency; empty
	 * when the project has no budget or the person may not see it.
	 */
	Optional<Budgets> of(Actor actor, long projectId);

	/** Budgeted costs by activity id, all in {@code currency}. */
	record Budgets(String currency, Map<Long, BigDecimal> byActivity) {

		public Budgets {
			byActivity = Map.copyOf(byActivity);
		}

	}

}
