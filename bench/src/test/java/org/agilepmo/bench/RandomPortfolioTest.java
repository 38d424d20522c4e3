package org.agilepmo.bench;

import java.time.Duration;
import java.util.List;

import org.agilepmo.engine.portfolio.Candidate;
import org.agilepmo.engine.portfolio.Commitment;
import org.agilepmo.engine.portfolio.PortfolioOptimiser;
import org.agilepmo.engine.portfolio.PortfolioProblem;
import org.agilepmo.engine.portfolio.Selection;
import org.agilepmo.engine.portfolio.SolverOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomPortfolioTest {

	@Test
	void theSameSeedGivesTheSameProblem() {
		assertThat(RandomPortfolio.generate(100, 12, 20, 7)).isEqualTo(RandomPortfolio.generate(100, 12, 20, 7));
		assertThat(RandomPortfolio.generate(100, 12, 20, 7)).isNotEqualTo(RandomPortfolio.generate(100, 12, 20, 8));
	}

	@Test
	void everyLimitIsFortyToSixtyPercentOfTheDemandOnItUnlessTheMandatoryProjectsNeedMore() {
		PortfolioProblem problem = RandomPortfolio.generate(500, 12, 20, 1);
		List<Candidate> candidates = problem.candidates();
		long[] budget = problem.limits().budgetPerYear();
		for (int y = 0; y < budget.length; y++) {
			long total = 0;
			long mandatory = 0;
			for (Candidate c : candidates) {
				total += c.costPerYear()[y];
				mandatory += c.commitment() == Commitment.MANDATORY ? c.costPerYear()[y] : 0;
			}
			assertThat(budget[y]).as("budget " + y)
				.isBetween(Math.min(Math.round(0.4 * total), mandatory), Math.max(Math.round(0.6 * total), mandatory));
		}
		double[][] capacity = problem.limits().capacity();
		int binding = 0;
		for (int p = 0; p < 12; p++) {
			for (int s = 0; s < 20; s++) {
				double total = 0;
				for (Candidate c : candidates) {
					total += c.demand()[p][s];
				}
				if (capacity[p][s] < total) {
					binding++;
				}
				assertThat(capacity[p][s]).isLessThanOrEqualTo(Math.max(Math.round(0.6 * total), total));
			}
		}
		assertThat(binding).as("capacities below the total demand").isGreaterThan(200);
	}

	@Test
	void theOptimiserReturnsAFeasibleSelectionWithAValidGapOnTheLargeCase() {
		Selection s = PortfolioOptimiser.optimise(RandomPortfolio.generate(500, 12, 20, 2),
				SolverOptions.within(Duration.ofSeconds(2)));

		assertThat(s.status()).isIn(Selection.Status.OPTIMAL, Selection.Status.FEASIBLE);
		assertThat(s.bound()).isGreaterThanOrEqualTo(s.value());
		assertThat(s.selectedIds()).isNotEmpty();
		assertThat(s.decisions()).hasSize(500).allSatisfy(d -> assertThat(d.reasons()).isNotEmpty());
	}

}
