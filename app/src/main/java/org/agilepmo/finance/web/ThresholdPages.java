package org.agilepmo.finance.web;

import java.math.BigDecimal;

import org.agilepmo.finance.internal.ThresholdService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A portfolio's health thresholds: everyone who sees the portfolio reads them, its
 * manager and the PMO change them.
 */
@Controller
class ThresholdPages {

	private final ThresholdService thresholds;

	private final Pages pages;

	ThresholdPages(ThresholdService thresholds, Pages pages) {
		this.thresholds = thresholds;
		this.pages = pages;
	}

	@GetMapping("/portfolios/{id}/finance-thresholds")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("levels", this.thresholds.of(CurrentActor.require(), id));
		return "finance/thresholds";
	}

	@PostMapping("/portfolios/{id}/finance-thresholds")
	String change(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) BigDecimal costAmber, @RequestParam(required = false) BigDecimal costRed,
			@RequestParam(required = false) BigDecimal scheduleAmber,
			@RequestParam(required = false) BigDecimal scheduleRed, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/portfolios/" + id + "/finance-thresholds", "finance.saved.thresholds",
				() -> this.thresholds.change(actor, id, version,
						new ThresholdService.Levels(costAmber, costRed, scheduleAmber, scheduleRed)));
	}

}
