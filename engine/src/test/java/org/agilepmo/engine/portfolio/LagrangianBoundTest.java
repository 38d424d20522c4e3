package org.agilepmo.engine.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound that pruning uses is never below the same Lagrangian bound computed exactly
 * (in decimal arithmetic) at the same prices: rounding can only loosen it.
 */
class LagrangianBoundTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void theFloatingPointBoundIsAtLeastTheExactOne(long seed) {
		Random random = new Random(seed);
		int m = 5 + random.nextInt(60);
		int n = 5 + random.nextInt(120);
		double[] a = new double[m * n];
		double[] b = new double[m];
		double[] c = new double[n];
		for (int j = 0; j < n; j++) {
			c[j] = random.nextDouble() / 3;
		}
		for (int i = 0; i < m; i++) {
			double total = 0;
			for (int j = 0; j < n; j++) {
				if (random.nextInt(4) == 0) {
					a[i * n + j] = random.nextDouble() / 7;
					total += a[i * n + j];
				}
			}
			b[i] = 1 + total * 0.4 / 3;
		}
		BoundedDualSimplex simplex = new BoundedDualSimplex(m, n, a, b, c);
		simplex.solvePrimalFromZero(100_000);
		for (int j = 0; j < n; j += 3) {
			simplex.setBounds(j, 0, 0);
		}
		simplex.solve(100_000);
		double[] rc = new double[n];
		double bound = simplex.lagrangianBound(rc);
		double[] y = simplex.prices();

		MathContext exact = MathContext.UNLIMITED;
		BigDecimal expected = BigDecimal.ZERO;
		for (int i = 0; i < m; i++) {
			expected = expected.add(new BigDecimal(y[i]).multiply(new BigDecimal(b[i]), exact));
		}
		for (int j = 0; j < n; j++) {
			BigDecimal reduced = new BigDecimal(c[j]);
			for (int i = 0; i < m; i++) {
				reduced = reduced.subtract(new BigDecimal(y[i]).multiply(new BigDecimal(a[i * n + j]), exact));
			}
			double upper = j % 3 == 0 ? 0 : 1;
			expected = expected.add(reduced.signum() > 0 ? reduced.multiply(new BigDecimal(upper)) : BigDecimal.ZERO);
		}
		assertThat(new BigDecimal(bound)).isGreaterThanOrEqualTo(expected);
		assertThat(bound - expected.doubleValue()).isLessThan(1e-9 * Math.max(1, Math.abs(bound)));
	}

}
