package org.agilepmo.engine.portfolio;

import java.time.Duration;
import java.util.OptionalDouble;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchesExhaustiveSearchTest {

	static long[] seeds() {
		long[] seeds = new long[400];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = 1000 + i;
		}
		return seeds;
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void optimiserFindsTheValueExhaustiveSearchFinds(long seed) {
		int n = 1 + (int) (seed % 16);
		PortfolioProblem problem = SmallRandomPortfolios.generate(seed, n);
		OptionalDouble expected = ExhaustiveSearch.bestValue(problem);

		Selection selection = PortfolioOptimiser.optimise(problem, SolverOptions.within(Duration.ofSeconds(30)));

		if (expected.isEmpty()) {
			assertThat(selection.status()).isEqualTo(Selection.Status.INFEASIBLE);
			assertThat(selection.infeasibility()).isPresent();
			return;
		}
		assertThat(selection.status()).isEqualTo(Selection.Status.OPTIMAL);
		long mask = ExhaustiveSearch.mask(problem, selection.selectedIds());
		assertThat(ExhaustiveSearch.isFeasible(problem, mask)).as("selection keeps every limit and rule").isTrue();
		assertThat(selection.value()).isCloseTo(ExhaustiveSearch.value(problem, mask), within(1e-9));
		assertThat(selection.value()).isCloseTo(expected.getAsDouble(), within(1e-6));
		assertThat(selection.bound()).isGreaterThanOrEqualTo(expected.getAsDouble() - 1e-6);
		assertThat(selection.decisions()).hasSize(n);
		for (Decision decision : selection.decisions()) {
			assertThat(decision.reasons()).as(decision.candidateId()).isNotEmpty();
			assertThat(decision.selected()).isEqualTo(selection.selectedIds().contains(decision.candidateId()));
			assertThat(decision.reasons()).noneMatch(Reason.NotReached.class::isInstance);
		}
	}

}
