package org.agilepmo.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import org.agilepmo.intake.internal.Prioritisation;
import org.agilepmo.intake.internal.PrioritisationService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.http.HttpStatus;
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

	private final Messages messages;

	PrioritisationPages(PrioritisationService prioritisation, Messages messages) {
		this.prioritisation = prioritisation;
		this.messages = messages;
	}

	@GetMapping("/intake/prioritisation")
	String show(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Actor actor = CurrentActor.require();
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO prioritises the portfolio");
		}
		Prioritisation.Outcome outcome;
		try {
			PrioritisationQuery query = PrioritisationQuery.of(params);
			outcome = this.prioritisation.prioritise(actor, query.currency(), query.budget(), query.capacity(),
					query.scenarioBudget(), query.scenarioCapacity(), query.forced());
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", ex.field() + ": " + this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			PrioritisationQuery empty = PrioritisationQuery.of(new LinkedMultiValueMap<>());
			outcome = this.prioritisation.prioritise(actor, empty.currency(), empty.budget(), empty.capacity());
		}
		model.addAttribute("outcome", outcome);
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
