package org.agilepmo.risk.web;

import java.util.List;

import jakarta.validation.Valid;
import org.agilepmo.risk.internal.RegisterAccess;
import org.agilepmo.risk.internal.RegisterAccess.Register;
import org.agilepmo.risk.internal.RegisterScope;
import org.agilepmo.risk.internal.RegisterViews;
import org.agilepmo.risk.internal.Risk;
import org.agilepmo.risk.internal.RiskService;
import org.agilepmo.risk.internal.RiskService.RegisterFilter;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registers above the projects: a programme's risks, and a portfolio's page, which
 * shows its own risks beside what it rolls up (its programmes' and its visible projects'
 * risks): the top risks, the heat map before and after the response, and the risks of the
 * heat map's cell the reader chose.
 */
@Controller
class ScopedRegisterPages {

	private final RiskService risks;

	private final RegisterViews views;

	private final RegisterAccess access;

	private final RiskPages riskPages;

	private final Pages pages;

	ScopedRegisterPages(RiskService risks, RegisterViews views, RegisterAccess access, RiskPages riskPages,
			Pages pages) {
		this.risks = risks;
		this.views = views;
		this.access = access;
		this.riskPages = riskPages;
		this.pages = pages;
	}

	@GetMapping("/programmes/{id}/risks")
	String programme(@PathVariable long id, Model model) {
		return programmePage(CurrentActor.require(), id, model);
	}

	@PostMapping("/programmes/{id}/risks")
	String recordForProgramme(@PathVariable long id, @Valid @ModelAttribute("riskForm") RiskForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return record(actor, RegisterScope.programme(id), form, binding, model, redirect,
				() -> programmePage(actor, id, model));
	}

	private String programmePage(Actor actor, long id, Model model) {
		Register register = this.access.register(actor, RegisterScope.programme(id));
		ownRegister(actor, register, model);
		return "risk/programme";
	}

	@GetMapping("/portfolios/{id}/risks")
	String portfolio(@PathVariable long id, @RequestParam(required = false) Integer probability,
			@RequestParam(required = false) Integer impact, @RequestParam(defaultValue = "false") boolean residual,
			Model model) {
		Actor actor = CurrentActor.require();
		if (probability != null && impact != null) {
			List<Risk> cell = this.views.portfolioCell(actor, id, probability, impact, residual);
			model.addAttribute("cell", cell);
			model.addAttribute("cellProbability", probability);
			model.addAttribute("cellImpact", impact);
			model.addAttribute("cellResidual", residual);
			model.addAttribute("cellRegisters", this.views.registersOf(actor, cell));
		}
		return portfolioPage(actor, id, model);
	}

	@PostMapping("/portfolios/{id}/risks")
	String recordForPortfolio(@PathVariable long id, @Valid @ModelAttribute("riskForm") RiskForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return record(actor, RegisterScope.portfolio(id), form, binding, model, redirect,
				() -> portfolioPage(actor, id, model));
	}

	private String portfolioPage(Actor actor, long id, Model model) {
		Register register = this.access.register(actor, RegisterScope.portfolio(id));
		ownRegister(actor, register, model);
		List<Risk> top = this.views.portfolioTopRisks(actor, id, 10);
		model.addAttribute("top", top);
		model.addAttribute("topRegisters", this.views.registersOf(actor, top));
		model.addAttribute("heatMap", this.views.portfolioHeatMap(actor, id));
		return "risk/portfolio";
	}

	private void ownRegister(Actor actor, Register register, Model model) {
		model.addAttribute("scoped", register);
		model.addAttribute("mayEdit", register.mayEdit());
		model.addAttribute("register", this.risks.register(actor, register.scope(), RegisterFilter.none(), 0, 200));
		if (!model.containsAttribute("riskForm")) {
			model.addAttribute("riskForm", new RiskForm());
		}
		this.riskPages.choices(model, register.portfolioId());
	}

	private String record(Actor actor, RegisterScope scope, RiskForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, java.util.function.Supplier<String> page) {
		return this.pages.submit(binding, model, () -> {
			Risk risk = this.risks.record(actor, scope, form.toDraft(List.of()));
			this.pages.saved(redirect, "risk.saved.recorded", risk.code());
			return "redirect:/risks/" + risk.id();
		}, () -> {
			model.addAttribute("openForm", true);
			return page.get();
		});
	}

}
