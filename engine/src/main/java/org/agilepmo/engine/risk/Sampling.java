package org.agilepmo.engine.risk;

/** How each input's percentiles are drawn across the iterations. */
public enum Sampling {

	/**
	 * Latin hypercube (McKay, Beckman and Conover, 1979): the range of each input is cut
	 * into as many equally likely strata as there are iterations, and each stratum is
	 * used once, in a random order of its own; the mean converges faster than with plain
	 * sampling.
	 */
	LATIN_HYPERCUBE,

	/** Independent percentiles for every iteration (plain Monte Carlo). */
	RANDOM

}
