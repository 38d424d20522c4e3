package org.agilepmo.planning.internal;

import java.math.BigDecimal;

/**
 * A change of an activity that may also set its budgeted cost (an activity POST or PATCH
 * naming {@code budgetedCost}, the plan page's details of a row).
 */
public interface BudgetChange {

	/** True when the change names the budgeted cost. */
	boolean changesBudgetedCost();

	/**
	 * The budgeted cost as sent: a decimal number ("1250.50", "1250,50"), blank or
	 * {@code null} to remove it.
	 */
	String budgetedCostText();

	/**
	 * The amount the text says, refused naming the activity and the field when it is not
	 * a number, is negative or has more than two decimals.
	 */
	static BigDecimal amount(String activityName, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String number = text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
		BigDecimal amount;
		try {
			amount = new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			throw refused(activityName, text);
		}
		if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
				|| amount.precision() - amount.scale() > 17) {
			throw refused(activityName, text);
		}
		return amount;
	}

	private static org.agilepmo.shared.RuleViolationException refused(String activityName, String text) {
		return PlanRules.violation("budgetedCost", "planning.error.budgetedCost", "the budgeted cost of " + activityName
				+ " must be an amount of 0 or more with at most two decimals, not " + text, activityName);
	}

}
