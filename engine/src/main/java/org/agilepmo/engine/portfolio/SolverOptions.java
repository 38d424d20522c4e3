package org.agilepmo.engine.portfolio;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to search and when to stop early.
 *
 * @param timeLimit wall-clock limit of one optimisation; when reached the best selection
 * found so far is returned with its bound and gap
 * @param gapTolerance stop when {@code (bound - value) / bound} is at most this; 0 asks
 * for a proof of optimality
 * @param nodeLimit stop after solving this many nodes of the search tree (the root
 * included), as at the time limit: a limit that gives the same result on any machine
 */
public record SolverOptions(Duration timeLimit, double gapTolerance, long nodeLimit) {

	public SolverOptions {
		Objects.requireNonNull(timeLimit, "timeLimit");
		if (timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("timeLimit must be positive: " + timeLimit);
		}
		if (!(gapTolerance >= 0 && gapTolerance < 1)) {
			throw new IllegalArgumentException("gapTolerance must be in [0, 1): " + gapTolerance);
		}
		if (nodeLimit < 0) {
			throw new IllegalArgumentException("nodeLimit must not be negative: " + nodeLimit);
		}
	}

	/** No node limit. */
	public SolverOptions(Duration timeLimit, double gapTolerance) {
		this(timeLimit, gapTolerance, Long.MAX_VALUE);
	}

	/** Prove optimality, or stop after 2 seconds. */
	public static SolverOptions defaults() {
		return new SolverOptions(Duration.ofSeconds(2), 0);
	}

	public static SolverOptions within(Duration timeLimit) {
		return new SolverOptions(timeLimit, 0);
	}

	public SolverOptions withGapTolerance(double tolerance) {
		return new SolverOptions(this.timeLimit, tolerance, this.nodeLimit);
	}

	public SolverOptions withNodeLimit(long limit) {
		return new SolverOptions(this.timeLimit, this.gapTolerance, limit);
	}

}
