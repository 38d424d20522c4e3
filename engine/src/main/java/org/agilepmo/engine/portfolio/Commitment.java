package org.agilepmo.engine.portfolio;

/**
 * What the portfolio board has already decided about a candidate before optimisation.
 */
public enum Commitment {

	/** The optimiser decides. */
	OPTIONAL,

	/** Must be in the selection, with every project it requires. */
	MANDATORY,

	/** Must stay out, with every project that requires it. */
	EXCLUDED

}
