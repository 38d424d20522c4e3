package org.agilepmo.risk.internal;

import java.util.Set;

/**
 * What the project does about a risk: avoid, reduce, transfer or accept a threat;
 * exploit, enhance, share or accept an opportunity.
 */
public enum Response {

	AVOID, REDUCE, TRANSFER, ACCEPT, EXPLOIT, ENHANCE, SHARE;

	private static final Set<Response> FOR_THREATS = Set.of(AVOID, REDUCE, TRANSFER, ACCEPT);

	private static final Set<Response> FOR_OPPORTUNITIES = Set.of(EXPLOIT, ENHANCE, SHARE, ACCEPT);

	public boolean fits(Nature nature) {
		return (nature == Nature.THREAT ? FOR_THREATS : FOR_OPPORTUNITIES).contains(this);
	}

}
