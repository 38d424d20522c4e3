package org.agilepmo.risk.web;

import java.util.List;

import jakarta.validation.Valid;
import org.agilepmo.risk.internal.MatrixService;
import org.agilepmo.risk.internal.Rating;
import org.agilepmo.risk.internal.RegisterAccess;
import org.agilepmo.risk.internal.RegisterScope;
import org.agilepmo.risk.internal.RiskMatrix;
import org.agilepmo.risk.internal.RiskService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's settings: the rating matrix of the platform or of one portfolio (its
 * size and the rating of each cell) and the risk categories. Everyone signed in may read
 * them (and a portfolio's when they see the portfolio); the PMO changes them.
 */
@Controller
class RiskSettingsPages {

	private final MatrixService matrices;

	private final RiskService risks;

	private final RegisterAccess access;

	private final Pages pages;

	RiskSettingsPages(MatrixService matrices, RiskService risks, RegisterAccess access, Pages pages) {
		this.matrices = matrices;
		this.risks = risks;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/risk-settings")
	String settings(@RequestParam(required = false) Long portfolioId, @RequestParam(required = false) Integer levels,
			Model model) {
		Actor actor = CurrentActor.require();
		RiskMatrix matrix = (levels == null) ? this.matrices.matrixFor(portfolioId) : this.matrices.suggested(levels);
		model.addAttribute("matrixForm", MatrixForm.of(portfolioId, this.matrices.versionOf(portfolioId), matrix));
		return page(actor, portfolioId, model);
	}

	@PostMapping("/risk-settings/matrix")
	String configureMatrix(@Valid @ModelAttribute("matrixForm") MatrixForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			this.matrices.configure(actor, form.getPortfolioId(), form.getVersion(),
					form.getSize() == null ? 0 : form.getSize(), form.ratings());
			this.pages.saved(redirect, "risk.saved.matrix");
			return "redirect:/risk-settings"
					+ (form.getPortfolioId() == null ? "" : "?portfolioId=" + form.getPortfolioId());
		}, () -> page(actor, form.getPortfolioId(), model));
	}

	@PostMapping("/risk-settings/categories")
	String configureCategories(@Valid @ModelAttribute("categoriesForm") CategoriesForm form, BindingResult binding,
			@RequestParam(required = false) Long portfolioId, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			this.risks.configureCategories(actor, form.toList());
			this.pages.saved(redirect, "risk.saved.categories");
			return "redirect:/risk-settings" + (portfolioId == null ? "" : "?portfolioId=" + portfolioId);
		}, () -> {
			model.addAttribute("matrixForm", MatrixForm.of(portfolioId, this.matrices.versionOf(portfolioId),
					this.matrices.matrixFor(portfolioId)));
			return page(actor, portfolioId, model);
		});
	}

	private String page(Actor actor, Long portfolioId, Model model) {
		if (portfolioId != null) {
			model.addAttribute("scoped", this.access.register(actor, RegisterScope.portfolio(portfolioId)));
		}
		model.addAttribute("portfolioId", portfolioId);
		if (!model.containsAttribute("categoriesForm")) {
			model.addAttribute("categoriesForm", CategoriesForm.of(this.matrices.categories()));
		}
		model.addAttribute("mayConfigure", actor.isPortfolioWide());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("sizes", List.of(3, 4, 5, 6, 7));
		return "risk/settings";
	}

}
