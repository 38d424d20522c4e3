package org.agilepmo.engine.portfolio;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * A search cut short still returns a feasible selection and a bound that no selection
 * beats, checked against the proven optimum of a long run.
 */
class BoundAndGapTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 7, 11, 19, 23, 42, 97, 101, 313 })
	void aSearchCutShortKeepsAValidBoundAndAFeasibleSelection(long seed) {
		PortfolioProblem problem = SmallRandomPortfolios.generate(seed, 40);
		Selection proven = PortfolioOptimiser.optimise(problem, SolverOptions.within(Duration.ofSeconds(60)));
		Selection cut = PortfolioOptimiser.optimise(problem, SolverOptions.within(Duration.ofNanos(1)));

		if (proven.status() == Selection.Status.INFEASIBLE) {
			assertThat(cut.status()).isEqualTo(Selection.Status.INFEASIBLE);
			return;
		}
		assertThat(proven.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(proven.gap()).isZero();
		assertThat(ExhaustiveSearch.isFeasible(problem, ExhaustiveSearch.mask(problem, cut.selectedIds()))).isTrue();
		assertThat(cut.value()).isLessThanOrEqualTo(proven.value() + 1e-9);
		assertThat(cut.bound()).isGreaterThanOrEqualTo(proven.value() - 1e-6);
		assertThat(cut.gap()).isCloseTo(cut.bound() > 0 ? (cut.bound() - cut.value()) / cut.bound() : 0, within(1e-12));
	}

	/**
	 * Stopped after any number of nodes (mid-plunge included), the search reports a
	 * feasible selection and a bound no lower than the optimum: the open nodes, the child
	 * about to be solved among them, still cover every better selection.
	 */
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void aSearchStoppedAfterAnyNumberOfNodesKeepsAValidBound(long seed) {
		// 9 to 500 nodes to the proof
		PortfolioProblem problem = SmallRandomPortfolios.sparse(seed, 30, 4, 4);
		Selection proven = PortfolioOptimiser.optimise(problem, SolverOptions.within(Duration.ofSeconds(60)));
		assertThat(proven.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(proven.nodes()).isGreaterThan(5);
		for (long nodes = 0; nodes <= proven.nodes(); nodes += 1 + proven.nodes() / 80) {
			Selection cut = PortfolioOptimiser.optimise(problem,
					SolverOptions.within(Duration.ofSeconds(60)).withNodeLimit(nodes));
			assertThat(cut.nodes()).isLessThanOrEqualTo(nodes);
			assertThat(ExhaustiveSearch.isFeasible(problem, ExhaustiveSearch.mask(problem, cut.selectedIds())))
				.isTrue();
			assertThat(cut.value()).isLessThanOrEqualTo(proven.value() + 1e-9);
			assertThat(cut.bound()).as("bound after %d nodes", nodes).isGreaterThanOrEqualTo(proven.value() - 1e-6);
		}
	}

	@Test
	void optionsRefuseANegativeNodeLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> SolverOptions.defaults().withNodeLimit(-1));
		assertThat(SolverOptions.defaults().nodeLimit()).isEqualTo(Long.MAX_VALUE);
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 3, 5, 8, 13, 21 })
	void aGapToleranceStopsEarlyWithinItAndTheBoundStillHolds(long seed) {
		PortfolioProblem problem = SmallRandomPortfolios.generate(seed, 40);
		Selection proven = PortfolioOptimiser.optimise(problem, SolverOptions.within(Duration.ofSeconds(60)));
		Selection loose = PortfolioOptimiser.optimise(problem,
				SolverOptions.within(Duration.ofSeconds(60)).withGapTolerance(0.05));

		if (proven.status() == Selection.Status.INFEASIBLE) {
			return;
		}
		assertThat(loose.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(loose.gap()).isLessThanOrEqualTo(0.05);
		assertThat(loose.bound()).isGreaterThanOrEqualTo(proven.value() - 1e-6);
		assertThat(loose.value()).isGreaterThanOrEqualTo(proven.value() * 0.95 - 1e-6);
	}

	@Test
	void theGapIsTheMissingShareOfTheBound() {
		Selection s = new Selection(Selection.Status.FEASIBLE, java.util.List.of(), 90, 120, java.util.List.of(),
				java.util.Optional.empty(), 0, Duration.ZERO);

		assertThat(s.gap()).isEqualTo(0.25);
	}

	@Test
	void optionsRefuseANonPositiveTimeLimitOrAGapOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> SolverOptions.within(Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> SolverOptions.defaults().withGapTolerance(1))
			.withMessageContaining("gapTolerance");
	}

}
