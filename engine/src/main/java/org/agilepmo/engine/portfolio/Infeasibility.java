package org.agilepmo.engine.portfolio;

import java.util.List;

/**
 * Why no selection can keep the mandatory projects.
 *
 * @param mandatoryIds the mandatory projects with everything they require
 * @param breaches the limits that these projects alone exceed, and by how much
 * @param conflicts sentences naming the pairs that cannot be resolved: a mandatory
 * project that requires an excluded one, or two that are mutually exclusive
 */
public record Infeasibility(List<String> mandatoryIds, List<LimitBreach> breaches, List<String> conflicts) {

	public Infeasibility {
		mandatoryIds = List.copyOf(mandatoryIds);
		breaches = List.copyOf(breaches);
		conflicts = List.copyOf(conflicts);
	}

}
