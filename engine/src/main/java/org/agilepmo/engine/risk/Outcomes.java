package org.agilepmo.engine.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The values one quantity took over the iterations, sorted: its mean, percentiles,
 * histogram and cumulative curve (the S-curve). A percentile is the nearest-rank one: the
 * P80 is the smallest value that at least 80 % of iterations do not exceed.
 */
public final class Outcomes {

	private final double[] sorted;

	private final double mean;

	Outcomes(double[] values) {
		this.sorted = values.clone();
		Arrays.sort(this.sorted);
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		this.mean = sum / values.length;
	}

	public int count() {
		return this.sorted.length;
	}

	public double mean() {
		return this.mean;
	}

	public double variance() {
		double s = 0;
		for (double v : this.sorted) {
			s += (v - this.mean) * (v - this.mean);
		}
		return s / (this.sorted.length - 1);
	}

	public double minimum() {
		return this.sorted[0];
	}

	public double maximum() {
		return this.sorted[this.sorted.length - 1];
	}

	/** The nearest-rank percentile, {@code share} 0..1. */
	public double percentile(double share) {
		int rank = (int) Math.ceil(share * this.sorted.length);
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))];
	}

	/** The share of iterations whose value is at most {@code value}. */
	public double probabilityAtMost(double value) {
		int lo = 0;
		int hi = this.sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.sorted[mid] <= value) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo / (double) this.sorted.length;
	}

	/** {@code bins} equal bins from the minimum to the maximum. */
	public List<Bin> histogram(int bins) {
		double min = minimum();
		double width = (maximum() - min) / bins;
		int[] counts = new int[bins];
		for (double v : this.sorted) {
			int b = (width > 0) ? (int) ((v - min) / width) : 0;
			counts[Math.min(bins - 1, b)]++;
		}
		List<Bin> result = new ArrayList<>(bins);
		for (int b = 0; b < bins; b++) {
			result.add(new Bin(min + b * width, min + (b + 1) * width, counts[b]));
		}
		return result;
	}

	/** The S-curve: the value at each whole percentile 0..100 (0 is the minimum). */
	public double[] curve() {
		double[] points = new double[101];
		points[0] = minimum();
		for (int p = 1; p <= 100; p++) {
			points[p] = percentile(p / 100.0);
		}
		return points;
	}

	/**
	 * Values {@code from} (inclusive) to {@code to} (exclusive, the last bin inclusive).
	 */
	public record Bin(double from, double to, int count) {
	}

}
