package org.agilepmo.quality.internal;

import java.time.Duration;

/**
 * DORA's performance bands, best first, and the default thresholds that place a figure in
 * one (after the State of DevOps reports; see ADR 0029 for the exact cut-offs chosen).
 */
public enum Band {

	ELITE, HIGH, MEDIUM, LOW;

	/** Whether this band is at least as good as the other. */
	public boolean reaches(Band other) {
		return ordinal() <= other.ordinal();
	}

	/** The worse of two bands; {@code null} counts as unknown and is ignored. */
	static Band worse(Band a, Band b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return a.ordinal() >= b.ordinal() ? a : b;
	}

	/** On demand (daily or more), weekly, monthly, or less often. */
	static Band ofFrequency(double deploymentsPerDay) {
		if (deploymentsPerDay >= 1) {
			return ELITE;
		}
		if (deploymentsPerDay >= 1.0 / 7) {
			return HIGH;
		}
		if (deploymentsPerDay >= 1.0 / 30) {
			return MEDIUM;
		}
		return LOW;
	}

	/** Under a day, a week, a month, or longer; unknown without a deployed change. */
	static Band ofLeadTime(Duration median) {
		if (median == null) {
			return null;
		}
		if (median.compareTo(Duration.ofDays(1)) < 0) {
			return ELITE;
		}
		if (median.compareTo(Duration.ofDays(7)) <= 0) {
			return HIGH;
		}
		if (median.compareTo(Duration.ofDays(30)) <= 0) {
			return MEDIUM;
		}
		return LOW;
	}

	/** Up to 15 %, 30 %, 45 %, or more; unknown without a deployment. */
	static Band ofFailureRate(Double rate) {
		if (rate == null) {
			return null;
		}
		if (rate <= 0.15) {
			return ELITE;
		}
		if (rate <= 0.30) {
			return HIGH;
		}
		if (rate <= 0.45) {
			return MEDIUM;
		}
		return LOW;
	}

	/** Under an hour, a day, a week, or longer; unknown without a restored incident. */
	static Band ofTimeToRestore(Duration median) {
		if (median == null) {
			return null;
		}
		if (median.compareTo(Duration.ofHours(1)) < 0) {
			return ELITE;
		}
		if (median.compareTo(Duration.ofDays(1)) < 0) {
			return HIGH;
		}
		if (median.compareTo(Duration.ofDays(7)) <= 0) {
			return MEDIUM;
		}
		return LOW;
	}

}
