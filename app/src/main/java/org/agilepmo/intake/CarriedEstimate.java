package org.agilepmo.intake;

import java.math.BigDecimal;

/**
 * What an approved concept note carried over to its project: the rough cost stated at
 * submission, the assessed one-off and yearly recurring costs, the effort, and how many
 * initial risks were recorded.
 */
public record CarriedEstimate(long projectId, long noteId, BigDecimal roughCost, BigDecimal oneOffCost,
		BigDecimal recurringCostPerYear, String currency, BigDecimal effortDays, int initialRisks) {

}
