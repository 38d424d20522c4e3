package org.agilepmo.risk.internal;

import org.agilepmo.shared.RuleViolationException;

/**
 * How a risk is rated: its probability and impacts before the response, the response, and
 * the probability and impacts expected after it (both or neither).
 */
public record Assessment(int probability, Impacts impacts, Response response, Integer residualProbability,
		Impacts residualImpacts) {

	public Assessment {
		if ((residualProbability == null) != (residualImpacts == null)) {
			throw new RuleViolationException(residualProbability == null ? "residualProbability" : "residualImpact",
					"risk.error.residualPair", "the residual probability and impact go together");
		}
		if (residualProbability != null && response == null) {
			throw new RuleViolationException("response", "risk.error.residualNeedsResponse",
					"a residual rating follows a response: choose the response first");
		}
	}

	boolean hasResidual() {
		return this.residualProbability != null;
	}

}
