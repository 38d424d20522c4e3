package org.agilepmo.engine.risk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sampled durations have the closed-form mean and variance of each distribution, and
 * the quantile functions rise from the minimum to the maximum.
 */
class DistributionsTest {

	@ParameterizedTest(name = "{0} {1}/{2}/{3}")
	@CsvSource({ "TRIANGULAR, 100, 300, 1000", "TRIANGULAR, 100, 100, 500", "TRIANGULAR, 0, 900, 900",
			"PERT, 100, 300, 1000", "PERT, 480, 960, 4800", "PERT, 100, 100, 700", "UNIFORM, 200, 300, 800" })
	void samplesHaveTheClosedFormMeanAndVariance(Distribution distribution, double a, double m, double b) {
		int n = 200_000;
		double sum = 0;
		double squares = 0;
		for (int i = 0; i < n; i++) {
			// Stratified percentiles: the midpoints of n equal strata.
			double x = distribution.quantile(a, m, b, (i + 0.5) / n);
			sum += x;
			squares += x * x;
		}
		double mean = sum / n;
		double variance = squares / n - mean * mean;
		assertThat(mean).as("mean").isCloseTo(distribution.mean(a, m, b), within((b - a) * 1e-4));
		assertThat(variance).as("variance")
			.isCloseTo(distribution.variance(a, m, b), within(distribution.variance(a, m, b) * 2e-3));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "TRIANGULAR", "PERT", "UNIFORM" })
	void theQuantileRisesFromTheMinimumToTheMaximum(Distribution distribution) {
		double previous = distribution.quantile(10, 25, 90, 0);
		assertThat(previous).isCloseTo(10, within(1e-9));
		for (int k = 1; k <= 1000; k++) {
			double x = distribution.quantile(10, 25, 90, k / 1000.0);
			assertThat(x).isGreaterThanOrEqualTo(previous);
			previous = x;
		}
		assertThat(previous).isCloseTo(90, within(1e-9));
	}

	@ParameterizedTest(name = "PERT mode at {0}, percentile {1}")
	@CsvSource({ "0.1, 0.1", "0.1, 0.5", "0.5, 0.5", "0.8, 0.3", "0.8, 0.95", "0, 0.5", "1, 0.5" })
	void thePertQuantileInvertsTheBetaDistribution(double r, double p) {
		double x = Distribution.PERT.quantile(0, r, 1, p);
		// The beta distribution function at x, by the midpoint rule on a million steps.
		double alpha = 1 + 4 * r;
		double beta = 5 - 4 * r;
		int steps = 1_000_000;
		double below = 0;
		double total = 0;
		for (int k = 0; k < steps; k++) {
			double t = (k + 0.5) / steps;
			double density = Math.pow(t, alpha - 1) * Math.pow(1 - t, beta - 1);
			total += density;
			if (t < x) {
				below += density;
			}
		}
		assertThat(below / total).isCloseTo(p, within(1e-3));
	}

}
