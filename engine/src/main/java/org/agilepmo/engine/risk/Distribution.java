package org.agilepmo.engine.risk;

/**
 * The shape of a three-point estimate between its minimum {@code a}, most likely value
 * {@code m} and maximum {@code b}.
 * <ul>
 * <li>{@link #TRIANGULAR}: the triangle on {@code a..b} peaking at {@code m}; mean (a + m
 * + b) / 3.</li>
 * <li>{@link #PERT}: the beta distribution of the Program Evaluation and Review Technique
 * (Malcolm et al., "Application of a technique for research and development program
 * evaluation", 1959) in its modified form of Vose, "Risk Analysis" (2008), §9.1.5: shapes
 * α = 1 + 4 (m − a) / (b − a), β = 1 + 4 (b − m) / (b − a); mean (a + 4m + b) / 6.</li>
 * <li>{@link #UNIFORM}: every value on {@code a..b} equally likely; the most likely value
 * is ignored; mean (a + b) / 2.</li>
 * </ul>
 */
public enum Distribution {

	TRIANGULAR, PERT, UNIFORM;

	/** The value below which a share {@code u} (0..1) of outcomes lies. */
	public double quantile(double a, double m, double b, double u) {
		if (b <= a) {
			return a;
		}
		switch (this) {
			case UNIFORM:
				return a + u * (b - a);
			case PERT:
				return a + (b - a) * PertQuantiles.of((m - a) / (b - a)).quantile(u);
			default:
				double split = (m - a) / (b - a);
				return (u < split) ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
		}
	}

	/** The mean, in closed form. */
	public double mean(double a, double m, double b) {
		return switch (this) {
			case UNIFORM -> (a + b) / 2;
			case PERT -> (a + 4 * m + b) / 6;
			case TRIANGULAR -> (a + m + b) / 3;
		};
	}

	/** The variance, in closed form. */
	public double variance(double a, double m, double b) {
		return switch (this) {
			case UNIFORM -> (b - a) * (b - a) / 12;
			case PERT -> {
				double mean = mean(a, m, b);
				yield (mean - a) * (b - mean) / 7;
			}
			case TRIANGULAR -> (a * a + m * m + b * b - a * m - a * b - m * b) / 18;
		};
	}

}
