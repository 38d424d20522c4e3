package org.agilepmo.engine.risk;

/**
 * A three-point estimate of an activity's duration, in working minutes of its calendar:
 * the minimum, the most likely and the maximum, and the distribution between them.
 */
public record Estimate(int minimum, int mostLikely, int maximum, Distribution distribution) {

	public Estimate {
		if (distribution == null) {
			throw new IllegalArgumentException("an estimate needs a distribution");
		}
		if (minimum < 0) {
			throw new IllegalArgumentException("the minimum must not be negative");
		}
		if (mostLikely < minimum || maximum < mostLikely) {
			throw new IllegalArgumentException(
					"minimum ≤ most likely ≤ maximum does not hold: " + minimum + ", " + mostLikely + ", " + maximum);
		}
	}

	/** The same value every time. */
	public static Estimate fixed(int minutes) {
		return new Estimate(minutes, minutes, minutes, Distribution.TRIANGULAR);
	}

	public double mean() {
		return this.distribution.mean(this.minimum, this.mostLikely, this.maximum);
	}

	public double variance() {
		return this.distribution.variance(this.minimum, this.mostLikely, this.maximum);
	}

	/** The duration at percentile {@code u} (0..1), rounded to the minute. */
	public int sample(double u) {
		return (int) Math.round(this.distribution.quantile(this.minimum, this.mostLikely, this.maximum, u));
	}

	boolean varies() {
		return this.maximum > this.minimum;
	}

}
