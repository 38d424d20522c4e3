package org.agilepmo.risk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A risk as a page, the API or an imported row describes it: impacts by dimension
 * ({@code schedule}, {@code cost}, {@code quality}, {@code reputation},
 * {@code security}), links as {@code kind:id} references.
 */
public record RiskDraft(Nature nature, String title, String cause, String event, String effect, String category,
		Long ownerId, Integer probability, Map<String, Integer> impact, LocalDate proximity, String trigger,
		Response response, Integer residualProbability, Map<String, Integer> residualImpact, List<String> links) {

	/** The draft of a risk as it stands, for a change to start from. */
	static RiskDraft of(Risk r) {
		return new RiskDraft(r.nature(), r.title(), r.cause(), r.event(), r.effect(), r.category(), r.ownerId(),
				r.probability(), r.impacts().asMap(), r.proximity(), r.trigger(), r.response(), r.residualProbability(),
				r.residualImpacts() == null ? null : r.residualImpacts().asMap(),
				r.links().stream().map(org.agilepmo.shared.ObjectRef::key).toList());
	}

}
