package org.agilepmo.engine.levelling;

/** Schedule generation schemes (Kolisch 1996). */
public enum Scheme {

	/** Activity by activity, each at its earliest feasible period. */
	SERIAL,

	/** Period by period, starting what fits in priority order. */
	PARALLEL

}
