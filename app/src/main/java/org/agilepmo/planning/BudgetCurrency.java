package org.agilepmo.planning;

import java.util.Optional;

/**
 * The currency of a project's budget, which the plan's budgeted costs are in: the plan
 * keeps amounts and names their currency where it shows them (the cost distribution of a
 * schedule risk analysis). A module that keeps budgets may provide one bean of this type;
 * without one, the amounts are shown without a currency.
 */
public interface BudgetCurrency {

	/** The currency code of the project's budget; empty when it has no budget. */
	Optional<String> of(long projectId);

}
