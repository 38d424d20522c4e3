package org.agilepmo.intake.internal;

/** The architecture review board's opinion on a concept note. */
public enum ArbOpinion {

	PENDING, FAVOURABLE, FAVOURABLE_WITH_CONDITIONS, UNFAVOURABLE

}
