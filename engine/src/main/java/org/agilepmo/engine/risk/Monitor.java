package org.agilepmo.engine.risk;

/** Follows a running simulation and may stop it. Called from the simulation's threads. */
public interface Monitor {

	Monitor NONE = new Monitor() {
	};

	/** The share of iterations done, 0..1. */
	default void progress(double done) {
	}

	/**
	 * True to stop the run; it then throws
	 * {@link java.util.concurrent.CancellationException}.
	 */
	default boolean cancelled() {
		return false;
	}

}
