package org.agilepmo.intake.internal;

import java.util.List;

import org.agilepmo.portfolio.Methodology;

/**
 * What the PMO and the assessors record about a note: the cost evaluation, technical
 * feasibility, initial risks, expected service level, resource estimate, proposed method
 * and the architecture review board's opinion.
 */
public record AssessmentDraft(List<CostLine> costs, Feasibility feasibility, List<InitialRisk> risks,
		String expectedSla, List<ResourceEstimate> resources, Methodology proposedMethod, ArbOpinion arbOpinion,
		String arbComment, String summary) {

	public AssessmentDraft {
		costs = costs == null ? List.of() : List.copyOf(costs);
		risks = risks == null ? List.of() : List.copyOf(risks);
		resources = resources == null ? List.of() : List.copyOf(resources);
	}

}
