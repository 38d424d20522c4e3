package org.agilepmo.engine.portfolio;

import java.util.List;

/**
 * Whether one project is in the selection, and why.
 */
public record Decision(String candidateId, boolean selected, List<Reason> reasons) {

	public Decision {
		reasons = List.copyOf(reasons);
	}

	@Override
	public String toString() {
		return this.candidateId + ": " + this.reasons;
	}

}
