package org.agilepmo.risk.internal;

/** A risk is a threat (to be reduced) or an opportunity (to be taken). */
public enum Nature {

	THREAT, OPPORTUNITY

}
