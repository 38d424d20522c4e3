package org.agilepmo.intake.web;

import java.util.List;

import org.agilepmo.intake.internal.Prioritisation;
import org.agilepmo.intake.internal.PrioritisationService;
import org.agilepmo.shared.CurrentActor;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The prioritisation as JSON, with the same parameters as the page; reasons come both as
 * a message key with arguments and as a sentence in the caller's language.
 */
@RestController
class PrioritisationApiController {

	private final PrioritisationService prioritisation;

	private final ExplanationTexts texts;

	PrioritisationApiController(PrioritisationService prioritisation, ExplanationTexts texts) {
		this.prioritisation = prioritisation;
		this.texts = texts;
	}

	@GetMapping("/api/v1/prioritisation")
	PrioritisationResource get(@RequestParam MultiValueMap<String, String> params) {
		PrioritisationQuery query = PrioritisationQuery.of(params);
		Prioritisation.Outcome outcome = this.prioritisation.prioritise(CurrentActor.require(), query.currency(),
				query.budget(), query.capacity(), query.scenarioBudget(), query.scenarioCapacity(), query.forced());
		return PrioritisationResource.of(outcome, this.texts);
	}

	record PrioritisationResource(List<String> years, List<String> quarters, List<String> skills, String currency,
			boolean solved, List<ScenarioResource> scenarios, List<RowResource> notes, List<SkippedResource> skipped) {

		static PrioritisationResource of(Prioritisation.Outcome o, ExplanationTexts texts) {
			return new PrioritisationResource(o.years(), o.quarters(), o.skills(), o.currency(), o.solved(), o
				.scenarios()
				.stream()
				.map(s -> new ScenarioResource(s.key(), s.budgetPercent(), s.capacityPercent(), s.status().name(),
						s.optimal(), s.value(), s.bound(), s.gap(), s.budget(), s.cost(), s.totalCost(),
						s.infeasibility().stream().map(e -> ExplanationResource.of(e, texts)).toList()))
				.toList(),
					o.rows()
						.stream()
						.map(r -> new RowResource(r.noteId(), r.title(), r.status().name(), r.score().doubleValue(),
								r.mandatory(), r.forced() == null ? null : (r.forced() ? "IN" : "OUT"), r.costPerYear(),
								r.totalCost(),
								r.cells()
									.stream()
									.map(c -> new CellResource(c.selected(),
											c.reasons().stream().map(e -> ExplanationResource.of(e, texts)).toList()))
									.toList()))
						.toList(),
					o.skipped()
						.stream()
						.map(s -> new SkippedResource(s.noteId(), s.title(), ExplanationResource.of(s.why(), texts)))
						.toList());
		}

	}

	record ScenarioResource(String name, int budgetPercent, int capacityPercent, String status, boolean provenOptimal,
			double value, double bound, double gap, long[] budgetPerYear, long[] costPerYear, long totalCost,
			List<ExplanationResource> infeasibility) {

	}

	record RowResource(long noteId, String title, String status, double value, boolean mandatory, String forced,
			long[] costPerYear, long totalCost, List<CellResource> scenarios) {

	}

	record CellResource(boolean selected, List<ExplanationResource> reasons) {

	}

	record SkippedResource(long noteId, String title, ExplanationResource reason) {

	}

	record ExplanationResource(String key, List<Object> arguments, String text) {

		static ExplanationResource of(Prioritisation.Explanation e, ExplanationTexts texts) {
			return new ExplanationResource(e.key(), e.args(), texts.of(e));
		}

	}

}
