package org.agilepmo.engine.portfolio;

import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.portfolio.Portfolios.budgetOnly;
import static org.agilepmo.engine.portfolio.Portfolios.costing;
import static org.agilepmo.engine.portfolio.Portfolios.project;
import static org.agilepmo.engine.portfolio.Portfolios.twoYearsOneSkill;
import static org.assertj.core.api.Assertions.assertThat;

/** Small cases whose answers were worked out by hand. */
class TextbookCasesTest {

	@Test
	void theClassicKnapsackTakesTheTwoLargerItems() {
		// values 60, 100, 120; weights 10, 20, 30; capacity 50: optimum 220 with B and C
		Selection s = PortfolioOptimiser
			.optimise(budgetOnly(50, costing("A", 60, 10), costing("B", 100, 20), costing("C", 120, 30)));

		assertThat(s.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(s.selectedIds()).containsExactly("B", "C");
		assertThat(s.value()).isEqualTo(220);
		assertThat(s.gap()).isZero();
	}

	@Test
	void theBestRatioFirstIsNotAlwaysBest() {
		// greedy by value per cost takes A (10/6) and nothing else fits: 10; B + C give
		// 14
		Selection s = PortfolioOptimiser
			.optimise(budgetOnly(10, costing("A", 10, 6), costing("B", 7, 5), costing("C", 7, 5)));

		assertThat(s.selectedIds()).containsExactly("B", "C");
		assertThat(s.value()).isEqualTo(14);
	}

	@Test
	void aProjectComesWithWhatItRequires() {
		Candidate a = costing("A", 10, 5).requiring("B");
		// budget 10: A with B (11) beats C with B (9)
		Selection enough = PortfolioOptimiser.optimise(budgetOnly(10, a, costing("B", 1, 5), costing("C", 8, 5)));
		// budget 9: A and B together cost 10, so only C (8) or B (1) remain
		Selection short1 = PortfolioOptimiser.optimise(budgetOnly(9, a, costing("B", 1, 5), costing("C", 8, 5)));

		assertThat(enough.selectedIds()).containsExactly("A", "B");
		assertThat(enough.value()).isEqualTo(11);
		assertThat(short1.selectedIds()).containsExactly("C");
		assertThat(short1.value()).isEqualTo(8);
	}

	@Test
	void mutuallyExclusiveProjectsAreNeverTogether() {
		Candidate a = costing("A", 10, 1).excluding("B");
		Selection s = PortfolioOptimiser.optimise(budgetOnly(100, a, costing("B", 8, 1), costing("C", 3, 1)));

		assertThat(s.selectedIds()).containsExactly("A", "C");
	}

	@Test
	void budgetAndCapacityBothCount() {
		// X: cost 4, 1 developer, value 5; Y: cost 1, 3 developers, value 4; Z: cost 3, 1
		// developer, value 3. Budget 5, 3 developers: every pair breaks one limit, so X
		// alone.
		Selection s = PortfolioOptimiser.optimise(twoYearsOneSkill(5, 0, 3, project("X", 5, 4, 0, 1),
				project("Y", 4, 1, 0, 3), project("Z", 3, 3, 0, 1)));

		assertThat(s.selectedIds()).containsExactly("X");
	}

	@Test
	void nothingToChooseFromIsOptimalAndEmpty() {
		Selection s = PortfolioOptimiser.optimise(budgetOnly(10));

		assertThat(s.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(s.selectedIds()).isEmpty();
		assertThat(s.value()).isZero();
		assertThat(s.gap()).isZero();
	}

}
