package org.agilepmo.intake.internal;

import java.util.List;

import org.agilepmo.portfolio.Methodology;

/**
 * What the PMO and the assessors record about a note: the cost evaluation, technical
 * feasibility, initial risks, expected service level, resource estimate, proposed method
 * and the architecture review board's opinion; and the notes this one requires (it can
 * only be done if they are) and excludes (they cannot both be done), by note id.
 */
public record AssessmentDraft(List<CostLine> costs, Feasibility feasibility, List<InitialRisk> risks,
		String expectedSla, List<ResourceEstimate> resources, Methodology proposedMethod, ArbOpinion arbOpinion,
		String arbComment, String summary, List<Long> requires, List<Long> excludes) {

	public AssessmentDraft {
		costs = costs == null ? List.of() : List.copyOf(costs);
		risks = risks == null ? List.of() : List.copyOf(risks);
		resources = resources == null ? List.of() : List.copyOf(resources);
		requires = requires == null ? List.of() : List.copyOf(new java.util.TreeSet<>(requires));
		excludes = excludes == null ? List.of() : List.copyOf(new java.util.TreeSet<>(excludes));
	}

	/** An assessment that relates the note to no other note. */
	public AssessmentDraft(List<CostLine> costs, Feasibility feasibility, List<InitialRisk> risks, String expectedSla,
			List<ResourceEstimate> resources, Methodology proposedMethod, ArbOpinion arbOpinion, String arbComment,
			String summary) {
		this(costs, feasibility, risks, expectedSla, resources, proposedMethod, arbOpinion, arbComment, summary, null,
				null);
	}

}
