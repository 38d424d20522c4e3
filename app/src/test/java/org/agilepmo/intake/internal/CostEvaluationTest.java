package org.agilepmo.intake.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Totals of a cost evaluation by kind and category, and the cost of ownership. */
class CostEvaluationTest {

	final CostEvaluation costs = CostEvaluation
		.of(List.of(new CostLine(CostCategory.HARDWARE, CostKind.ONE_OFF, new BigDecimal("12000.50"), "servers"),
				new CostLine(CostCategory.SOFTWARE_LICENCES, CostKind.RECURRING, new BigDecimal("3000"), "licences"),
				new CostLine(CostCategory.SOFTWARE_LICENCES, CostKind.ONE_OFF, new BigDecimal("500"), "set-up"),
				new CostLine(CostCategory.HOSTING, CostKind.RECURRING, new BigDecimal("1200.25"), null)));

	@Test
	void oneOffAndRecurringCostsAreTotalledApart() {
		assertThat(this.costs.oneOff()).isEqualByComparingTo("12500.50");
		assertThat(this.costs.recurringPerYear()).isEqualByComparingTo("4200.25");
	}

	@Test
	void eachCategoryKeepsItsOwnTotals() {
		assertThat(this.costs.oneOffIn(CostCategory.SOFTWARE_LICENCES)).isEqualByComparingTo("500");
		assertThat(this.costs.recurringIn(CostCategory.SOFTWARE_LICENCES)).isEqualByComparingTo("3000");
		assertThat(this.costs.oneOffIn(CostCategory.STAFF)).isEqualByComparingTo("0");
	}

	@Test
	void costOfOwnershipAddsTheRecurringCostsOfEachYear() {
		assertThat(this.costs.costOfOwnership(0)).isEqualByComparingTo("12500.50");
		assertThat(this.costs.costOfOwnership(3)).isEqualByComparingTo("25101.25");
		assertThatIllegalArgumentException().isThrownBy(() -> this.costs.costOfOwnership(-1));
	}

	@Test
	void anEmptyEvaluationCostsNothing() {
		assertThat(CostEvaluation.of(List.of()).costOfOwnership(5)).isEqualByComparingTo("0");
	}

}
