package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Taking the slack rows out of a solved LP keeps its solution, and adding back the rows
 * that a later solution breaks gives the same optimum as the full LP.
 */
class SlackRowsTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void rowsSetAsideAndAddedBackGiveTheSameOptimum(long seed) {
		Random random = new Random(seed);
		int m = 10 + random.nextInt(40);
		int n = 10 + random.nextInt(60);
		double[] a = new double[m * n];
		double[] b = new double[m];
		double[] c = new double[n];
		for (int j = 0; j < n; j++) {
			c[j] = random.nextDouble();
		}
		for (int i = 0; i < m; i++) {
			double total = 0;
			for (int j = 0; j < n; j++) {
				if (random.nextInt(5) == 0) {
					a[i * n + j] = random.nextDouble();
					total += a[i * n + j];
				}
			}
			b[i] = total * (0.2 + 0.8 * random.nextDouble());
		}
		BoundedDualSimplex reduced = new BoundedDualSimplex(m, n, a.clone(), b.clone(), c);
		assertThat(reduced.solvePrimalFromZero(100_000)).isEqualTo(BoundedDualSimplex.Outcome.OPTIMAL);
		double[] before = new double[n];
		for (int j = 0; j < n; j++) {
			before[j] = reduced.x(j);
		}
		double[] rc = new double[n];
		double bound = reduced.lagrangianBound(rc);

		List<double[]> aside = new ArrayList<>();
		List<Double> asideRhs = new ArrayList<>();
		int removed = reduced.removeSlackRows(0, 1e-6, aside, asideRhs);

		assertThat(removed).isPositive();
		assertThat(reduced.m).isEqualTo(m - removed);
		for (int j = 0; j < n; j++) {
			assertThat(reduced.x(j)).isCloseTo(before[j], within(1e-9));
		}
		assertThat(reduced.lagrangianBound(rc)).isCloseTo(bound, within(1e-9));

		// a branching: fix a third of the columns, solve both LPs again
		BoundedDualSimplex full = new BoundedDualSimplex(m, n, a.clone(), b.clone(), c);
		full.solvePrimalFromZero(100_000);
		for (int j = 0; j < n; j += 3) {
			double value = before[j] > 0.5 ? 0 : 1;
			reduced.setBounds(j, value, value);
			full.setBounds(j, value, value);
		}
		BoundedDualSimplex.Outcome fullOutcome = full.solve(100_000);
		BoundedDualSimplex.Outcome outcome = reduced.solve(100_000);
		while (outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
			List<double[]> back = new ArrayList<>();
			List<Double> backRhs = new ArrayList<>();
			for (int i = aside.size() - 1; i >= 0; i--) {
				double activity = 0;
				for (int j = 0; j < n; j++) {
					activity += aside.get(i)[j] * reduced.x(j);
				}
				if (activity > asideRhs.get(i) + 1e-9) {
					back.add(aside.remove(i));
					backRhs.add(asideRhs.remove(i));
				}
			}
			if (back.isEmpty()) {
				break;
			}
			reduced.addRows(back.toArray(double[][]::new), backRhs.stream().mapToDouble(Double::doubleValue).toArray());
			outcome = reduced.solve(100_000);
		}

		assertThat(outcome).isEqualTo(fullOutcome);
		if (outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
			double objective = 0;
			double fullObjective = 0;
			for (int j = 0; j < n; j++) {
				objective += c[j] * reduced.x(j);
				fullObjective += c[j] * full.x(j);
			}
			assertThat(objective).isCloseTo(fullObjective, within(1e-7));
			for (int i = 0; i < m; i++) {
				double activity = 0;
				for (int j = 0; j < n; j++) {
					activity += a[i * n + j] * reduced.x(j);
				}
				assertThat(activity).as("row %d", i).isLessThanOrEqualTo(b[i] + 1e-7);
			}
		}
	}

}
