package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clique cuts never cut off a selection that keeps every row and conflict (checked
 * against every subset of small random problems of several rows), they cut off the point
 * they are asked about, and a clique gathers conflicts from different rows.
 */
class CliqueCutsTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void noCliqueRemovesASelectionThatFitsEveryRow(long seed) {
		Random random = new Random(seed);
		int cuts = 0;
		for (int trial = 0; trial < 200; trial++) {
			int n = 2 + random.nextInt(11);
			int rows = 1 + random.nextInt(4);
			double[][] weights = new double[rows][n];
			double[] capacity = new double[rows];
			CliqueCuts cliques = new CliqueCuts(n);
			for (int r = 0; r < rows; r++) {
				List<Integer> items = new ArrayList<>();
				double total = 0;
				for (int j = 0; j < n; j++) {
					if (random.nextInt(3) > 0) {
						weights[r][j] = (1 + random.nextInt(40)) / 2.0;
						total += weights[r][j];
						items.add(j);
					}
				}
				capacity[r] = Math.round(total * (0.2 + 0.5 * random.nextDouble()));
				int[] itemArray = items.stream().mapToInt(Integer::intValue).toArray();
				double[] w = new double[itemArray.length];
				for (int q = 0; q < w.length; q++) {
					w[q] = weights[r][itemArray[q]];
				}
				cliques.addRow(itemArray, w, capacity[r], 1e-6);
			}
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			boolean[][] excludes = new boolean[n][n];
			if (random.nextBoolean() && a != b) {
				cliques.addConflict(a, b);
				excludes[a][b] = true;
				excludes[b][a] = true;
			}
			double[] x = new double[n];
			for (int j = 0; j < n; j++) {
				x[j] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
			}
			for (int[] clique : cliques.separate(x, 1e-3, 100)) {
				cuts++;
				double activity = 0;
				for (int j : clique) {
					activity += x[j];
				}
				assertThat(activity).isGreaterThan(1 + 1e-3);
				for (int mask = 0; mask < 1 << n; mask++) {
					if (!fits(mask, weights, capacity, excludes)) {
						continue;
					}
					int inClique = 0;
					for (int j : clique) {
						inClique += mask >> j & 1;
					}
					assertThat(inClique).as("selection %s, clique %s", mask, java.util.Arrays.toString(clique))
						.isLessThanOrEqualTo(1);
				}
			}
		}
		assertThat(cuts).isGreaterThan(20);
	}

	private static boolean fits(int mask, double[][] weights, double[] capacity, boolean[][] excludes) {
		for (int r = 0; r < capacity.length; r++) {
			double use = 0;
			for (int j = 0; j < weights[r].length; j++) {
				if ((mask >> j & 1) != 0) {
					use += weights[r][j];
				}
			}
			if (use > capacity[r]) {
				return false;
			}
		}
		for (int i = 0; i < excludes.length; i++) {
			for (int j = 0; j < excludes.length; j++) {
				if (excludes[i][j] && (mask >> i & 1) != 0 && (mask >> j & 1) != 0) {
					return false;
				}
			}
		}
		return true;
	}

	@Test
	void aCliqueGathersConflictsFromDifferentRows() {
		// A and B together exceed row 1, B and C row 2, A and C row 3: no row alone says
		// that at most one of the three can be chosen, and x = 1/2 each keeps every row
		CliqueCuts cliques = new CliqueCuts(3);
		cliques.addRow(new int[] { 0, 1 }, new double[] { 6, 6 }, 10, 1e-6);
		cliques.addRow(new int[] { 1, 2 }, new double[] { 6, 6 }, 10, 1e-6);
		cliques.addRow(new int[] { 0, 2 }, new double[] { 6, 6 }, 10, 1e-6);
		List<int[]> cuts = cliques.separate(new double[] { 0.5, 0.5, 0.5 }, 1e-3, 10);
		assertThat(cuts).hasSize(1);
		assertThat(cuts.get(0)).containsExactly(0, 1, 2);
		assertThat(cliques.separate(new double[] { 0.5, 0.5, 0.5 }, 1e-3, 10)).as("found once").isEmpty();
	}

	@Test
	void aPairThatOnlyJustFitsIsNoConflict() {
		CliqueCuts cliques = new CliqueCuts(2);
		cliques.addRow(new int[] { 0, 1 }, new double[] { 5, 5 }, 10, 1e-6);
		assertThat(cliques.conflict(0, 1)).isFalse();
		cliques.addRow(new int[] { 0, 1 }, new double[] { 5, 5.5 }, 10, 1e-6);
		assertThat(cliques.conflict(0, 1)).isTrue();
	}

}
