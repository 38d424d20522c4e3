package org.agilepmo.engine.schedule;

/** How a successor depends on its predecessor. */
public enum LinkType {

	/** The successor starts after the predecessor finishes. */
	FINISH_START,

	/** The successor starts after the predecessor starts. */
	START_START,

	/** The successor finishes after the predecessor finishes. */
	FINISH_FINISH,

	/** The successor finishes after the predecessor starts. */
	START_FINISH

}
