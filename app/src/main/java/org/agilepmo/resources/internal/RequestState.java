package org.agilepmo.resources.internal;

import java.util.Set;

/**
 * Where a staffing request stands: requested, then a candidate proposed by the competency
 * centre, accepted or declined by the requester (a declined proposal may be followed by
 * another), and at last fulfilled (the person started) or cancelled.
 */
public enum RequestState {

	REQUESTED, PROPOSED, ACCEPTED, DECLINED, FULFILLED, CANCELLED;

	/** The states each state may move to. */
	public Set<RequestState> next() {
		return switch (this) {
			case REQUESTED -> Set.of(PROPOSED, CANCELLED);
			case PROPOSED -> Set.of(ACCEPTED, DECLINED, CANCELLED);
			case DECLINED -> Set.of(PROPOSED, CANCELLED);
			case ACCEPTED -> Set.of(FULFILLED);
			case FULFILLED, CANCELLED -> Set.of();
		};
	}

	public boolean isOpen() {
		return this == REQUESTED || this == PROPOSED || this == DECLINED;
	}

}
