package org.agilepmo.engine.risk;

/**
 * How to run a simulation: {@code iterations} passes, the {@code seed} that makes the run
 * reproducible, the sampling, and how many threads share the iterations (the result does
 * not depend on it).
 */
public record Simulation(int iterations, long seed, Sampling sampling, int threads) {

	/** The most iterations a run may have. */
	public static final int MAX_ITERATIONS = 1_000_000;

	public Simulation {
		if (iterations < 2 || iterations > MAX_ITERATIONS) {
			throw new IllegalArgumentException("a simulation needs 2 to " + MAX_ITERATIONS + " iterations");
		}
		if (sampling == null) {
			sampling = Sampling.LATIN_HYPERCUBE;
		}
		if (threads < 1) {
			threads = Runtime.getRuntime().availableProcessors();
		}
	}

	/** {@code iterations} with Latin hypercube sampling on every processor. */
	public static Simulation of(int iterations, long seed) {
		return new Simulation(iterations, seed, Sampling.LATIN_HYPERCUBE, 0);
	}

	public Simulation withSampling(Sampling other) {
		return new Simulation(this.iterations, this.seed, other, this.threads);
	}

	public Simulation withThreads(int count) {
		return new Simulation(this.iterations, this.seed, this.sampling, count);
	}

}
