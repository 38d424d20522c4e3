package org.agilepmo.engine.portfolio;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lifted cover cuts never cut off a selection that fits the row (checked against every
 * subset of small random rows), and they do cut off the fractional points they are asked
 * about.
 */
class CoverCutsTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void noCutRemovesASubsetThatFits(long seed) {
		Random random = new Random(seed);
		int found = 0;
		for (int trial = 0; trial < 300; trial++) {
			int size = 1 + random.nextInt(12);
			int[] items = new int[size];
			double[] weights = new double[size];
			double total = 0;
			for (int q = 0; q < size; q++) {
				items[q] = q;
				// half days, as capacities are, or whole amounts of any size, as budgets
				// are
				weights[q] = random.nextBoolean() ? (1 + random.nextInt(40)) / 2.0 : 1 + random.nextInt(100_000);
				total += weights[q];
			}
			double capacity = random.nextBoolean() ? Math.round(total * (0.2 + 0.6 * random.nextDouble()))
					: weights[random.nextInt(size)] * (1 + random.nextInt(3));
			double[] x = new double[size];
			for (int q = 0; q < size; q++) {
				int kind = random.nextInt(3);
				x[q] = kind == 0 ? 0 : kind == 1 ? 1 : random.nextDouble();
			}
			CoverCuts.Cut cut = CoverCuts.separate(items, weights, capacity, 1e-6, x, 1e-3);
			if (cut == null) {
				continue;
			}
			found++;
			assertThat(cut.activity(x)).isGreaterThan(cut.rhs() + 1e-3);
			for (int mask = 0; mask < 1 << size; mask++) {
				double use = 0;
				double[] point = new double[size];
				for (int q = 0; q < size; q++) {
					if ((mask >> q & 1) != 0) {
						use += weights[q];
						point[q] = 1;
					}
				}
				if (use <= capacity) {
					assertThat(cut.activity(point)).as("subset %s of %s", mask, java.util.Arrays.toString(weights))
						.isLessThanOrEqualTo(cut.rhs());
				}
			}
		}
		assertThat(found).as("cuts found").isGreaterThan(30);
	}

	@Test
	void aSubsetThatFitsExactlyIsKept() {
		// 3 + 3 + 4 = 10 fits exactly, so {3, 3, 4} is no cover; {3, 3, 4, 5} is
		int[] items = { 0, 1, 2, 3 };
		double[] weights = { 3, 3, 4, 5 };
		double[] x = { 1, 1, 1, 0.5 };

		CoverCuts.Cut cut = CoverCuts.separate(items, weights, 10, 1e-6, x, 1e-3);

		assertThat(cut).isNotNull();
		assertThat(cut.activity(new double[] { 1, 1, 1, 0 })).isLessThanOrEqualTo(cut.rhs());
		assertThat(cut.activity(new double[] { 0, 1, 0, 1 })).isLessThanOrEqualTo(cut.rhs());
		assertThat(cut.activity(new double[] { 1, 0, 0, 1 })).isLessThanOrEqualTo(cut.rhs());
		assertThat(cut.activity(x)).isGreaterThan(cut.rhs());
	}

	@Test
	void aRowThatEverythingFitsHasNoCut() {
		assertThat(CoverCuts.separate(new int[] { 0, 1 }, new double[] { 2, 3 }, 5, 1e-6, new double[] { 1, 1 }, 0))
			.isNull();
	}

}
