package org.agilepmo.finance.internal;

import java.util.Optional;

import org.agilepmo.planning.BudgetCurrency;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the currency of a project's budget for the plan, whose budgeted costs are in it:
 * the budget that counts (the approved version, else the draft original).
 */
@Component
class BudgetCurrencies implements BudgetCurrency {

	private final BudgetService budgets;

	BudgetCurrencies(BudgetService budgets) {
		this.budgets = budgets;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> of(long projectId) {
		return this.budgets.current(projectId).map(BudgetVersion::currency);
	}

}
