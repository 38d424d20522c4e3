package org.agilepmo.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.agilepmo.shared.Actor;

/**
 * A project's financial position as other modules show it (the project hub): through the
 * project's access rule, empty when the project has no budget or may not be seen.
 */
public interface FinanceSummaries {

	Optional<ProjectFinance> summary(long projectId, Actor actor, LocalDate statusDate);

	/**
	 * The approved budget (or the draft when none is approved yet), what is committed and
	 * spent, in the budget's currency; the cost and schedule indices when the plan has a
	 * baseline and budgeted activities ({@code null} otherwise).
	 */
	record ProjectFinance(long projectId, String currency, BigDecimal budget, boolean approved, BigDecimal committed,
			BigDecimal spent, BigDecimal cpi, BigDecimal spi) {

	}

}
