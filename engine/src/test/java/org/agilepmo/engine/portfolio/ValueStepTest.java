package org.agilepmo.engine.portfolio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The step of the value scores, below which a node cannot hold a better selection: the
 * greatest number of which every score is a whole multiple, or 0 when there is none with
 * at most three decimals.
 */
class ValueStepTest {

	@Test
	void wholeScoresStepByTheirGreatestCommonDivisor() {
		assertThat(BranchAndBound.valueStep(new double[] { 7, 3, 12 })).isEqualTo(1);
		assertThat(BranchAndBound.valueStep(new double[] { 4, 6, 10, 0 })).isEqualTo(2);
	}

	@Test
	void decimalScoresStepByTheirSmallestDecimal() {
		assertThat(BranchAndBound.valueStep(new double[] { 1.5, 3, 4.5 })).isEqualTo(1.5);
		assertThat(BranchAndBound.valueStep(new double[] { 0.1, 0.2, 0.7 })).isEqualTo(0.1);
		assertThat(BranchAndBound.valueStep(new double[] { 72.25, 10 })).isEqualTo(0.25);
	}

	@Test
	void scoresWithMoreDecimalsOrNoneAtAllHaveNoStep() {
		assertThat(BranchAndBound.valueStep(new double[] { 1.0 / 3, 1 })).isZero();
		assertThat(BranchAndBound.valueStep(new double[] { 0.0001, 1 })).isZero();
		assertThat(BranchAndBound.valueStep(new double[] { 0, 0 })).isZero();
		assertThat(BranchAndBound.valueStep(new double[0])).isZero();
	}

	/**
	 * Decimal scores are proven optimal like whole ones: the same selection as with the
	 * scores times ten.
	 */
	@Test
	void decimalScoresGiveTheSameSelectionAsWholeOnes() {
		for (long seed = 1; seed <= 30; seed++) {
			PortfolioProblem whole = SmallRandomPortfolios.generate(seed, 14);
			java.util.List<Candidate> tenths = whole.candidates()
				.stream()
				.map(c -> new Candidate(c.id(), c.value() / 10, c.costPerYear(), c.demand(), c.commitment(),
						c.requires(), c.excludes()))
				.toList();
			Selection a = PortfolioOptimiser.optimise(whole);
			Selection b = PortfolioOptimiser.optimise(whole.withCandidates(tenths));
			assertThat(b.status()).isEqualTo(a.status());
			java.util.OptionalDouble optimum = ExhaustiveSearch.bestValue(whole.withCandidates(tenths));
			if (optimum.isEmpty()) {
				continue;
			}
			assertThat(b.value()).as("seed %d", seed).isCloseTo(optimum.getAsDouble(), within(1e-9));
			assertThat(b.value() * 10).as("seed %d", seed).isCloseTo(a.value(), within(1e-6));
		}
	}

}
