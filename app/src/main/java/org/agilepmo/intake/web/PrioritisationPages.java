package org.agilepmo.intake.web;

import org.agilepmo.intake.internal.Prioritisation;
import org.agilepmo.intake.internal.PrioritisationService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PMO's prioritisation page: the limits as a GET form, and the notes in or out of the
 * base scenario and of the scenario with the budget 10 % lower, with the reasons.
 */
@Controller
class PrioritisationPages {

	private final PrioritisationService prioritisation;

	private final Pages pages;

	PrioritisationPages(PrioritisationService prioritisation, Pages pages) {
		this.prioritisation = prioritisation;
		this.pages = pages;
	}

	@GetMapping("/intake/prioritisation")
	String show(@RequestParam MultiValueMap<String, String> params, Model model) {
		Actor actor = CurrentActor.require();
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO prioritises the portfolio");
		}
		return this.pages.attempt(model, () -> {
			PrioritisationQuery query = PrioritisationQuery.of(params);
			return show(params, model, this.prioritisation.prioritise(actor, query.currency(), query.budget(),
					query.capacity(), query.scenarioBudget(), query.scenarioCapacity(), query.forced()));
		}, () -> {
			PrioritisationQuery empty = PrioritisationQuery.of(new LinkedMultiValueMap<>());
			return show(params, model,
					this.prioritisation.prioritise(actor, empty.currency(), empty.budget(), empty.capacity()));
		});
	}

	private String show(MultiValueMap<String, String> params, Model model, Prioritisation.Outcome prioritised) {
		model.addAttribute("prioritised", prioritised);
		java.util.Set<String> skillsByQuarter = new java.util.HashSet<>();
		params.forEach((name, values) -> {
			int at = name.lastIndexOf('@');
			if (name.startsWith(PrioritisationQuery.CAPACITY) && at > 0 && !values.isEmpty() && values.get(0) != null
					&& !values.get(0).isBlank()) {
				skillsByQuarter.add(name.substring(PrioritisationQuery.CAPACITY.length(), at));
			}
		});
		model.addAttribute("skillsByQuarter", skillsByQuarter);
		model.addAttribute("params", params);
		model.addAttribute("firstYear", this.prioritisation.firstYear());
		return "intake/prioritisation";
	}

}
