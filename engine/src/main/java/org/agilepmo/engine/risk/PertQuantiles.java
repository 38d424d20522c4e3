package org.agilepmo.engine.risk;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The quantile function of a PERT distribution on 0..1, tabulated. Its shapes always add
 * up to 6 (α = 1 + 4r, β = 5 − 4r, with r the position of the most likely value), so the
 * shape depends on r alone; r is rounded to 1/4096 of the range and each table is built
 * once and shared. The cumulative distribution is integrated with Simpson's rule on a
 * fine grid (the density is bounded and smooth for these shapes) and inverted at
 * {@link #POINTS} equally spaced probabilities; a quantile in between is interpolated
 * linearly, in the outer intervals along the tails' power law. The tabulation error is
 * far below a minute on any realistic range.
 */
final class PertQuantiles {

	static final int POINTS = 1024;

	private static final int GRID = 8192;

	private static final int RESOLUTION = 4096;

	private static final ConcurrentHashMap<Integer, PertQuantiles> TABLES = new ConcurrentHashMap<>();

	private final double[] x = new double[POINTS + 1];

	private final double alpha;

	private final double beta;

	private PertQuantiles(double r) {
		double alpha = 1 + 4 * r;
		double beta = 5 - 4 * r;
		this.alpha = alpha;
		this.beta = beta;
		double[] cdf = new double[GRID + 1];
		double h = 1.0 / GRID;
		double previous = density(0, alpha, beta);
		for (int g = 1; g <= GRID; g++) {
			double right = density(g * h, alpha, beta);
			double middle = density((g - 0.5) * h, alpha, beta);
			cdf[g] = cdf[g - 1] + h / 6 * (previous + 4 * middle + right);
			previous = right;
		}
		double total = cdf[GRID];
		int g = 0;
		for (int k = 0; k <= POINTS; k++) {
			double p = k / (double) POINTS * total;
			while (g < GRID && cdf[g + 1] < p) {
				g++;
			}
			double span = (g < GRID) ? cdf[g + 1] - cdf[g] : 0;
			double within = (span > 0) ? (p - cdf[g]) / span : 0;
			this.x[k] = Math.min(1, (g + within) * h);
		}
		this.x[0] = 0;
		this.x[POINTS] = 1;
	}

	private static double density(double t, double alpha, double beta) {
		return Math.pow(t, alpha - 1) * Math.pow(1 - t, beta - 1);
	}

	/** The table for a most likely value at {@code r} (0..1) of the range. */
	static PertQuantiles of(double r) {
		int key = (int) Math.round(Math.max(0, Math.min(1, r)) * RESOLUTION);
		return TABLES.computeIfAbsent(key, k -> new PertQuantiles(k / (double) RESOLUTION));
	}

	double quantile(double u) {
		double position = u * POINTS;
		int k = Math.min((int) position, POINTS - 1);
		double f = position - k;
		// In the outer intervals the density behaves as a power of the distance to the
		// end (t^(α−1), (1−t)^(β−1)), so the quantile follows that power's inverse there;
		// a straight line would misplace the tails.
		if (k == 0 && this.alpha > 1) {
			return this.x[1] * Math.pow(f, 1 / this.alpha);
		}
		if (k == POINTS - 1 && this.beta > 1) {
			return 1 - (1 - this.x[k]) * Math.pow(1 - f, 1 / this.beta);
		}
		return this.x[k] + f * (this.x[k + 1] - this.x[k]);
	}

}
