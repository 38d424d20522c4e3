package org.agilepmo.procurement.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.procurement.internal.AgreementService;
import org.agilepmo.procurement.internal.AgreementService.AgreementView;
import org.agilepmo.procurement.internal.AgreementService.CallOffDraft;
import org.agilepmo.procurement.internal.CallOff;
import org.agilepmo.procurement.internal.FrameworkAgreement;
import org.agilepmo.procurement.internal.Lot;
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
 * The framework agreement pages: the agreements the reader runs, and one agreement with
 * its lots and suppliers, its ceiling and what the call-offs took of it (a chart and its
 * table), the call-off form (a call-off past a ceiling is refused in words), its life
 * cycle with its renewals, and its end.
 */
@Controller
class AgreementPages {

	private final AgreementService agreements;

	private final ProjectCatalogue catalogue;

	private final Pages pages;

	AgreementPages(AgreementService agreements, ProjectCatalogue catalogue, Pages pages) {
		this.agreements = agreements;
		this.catalogue = catalogue;
		this.pages = pages;
	}

	@GetMapping("/agreements")
	String list(Model model) {
		model.addAttribute("agreements", this.agreements.visible(CurrentActor.require()));
		return "procurement/agreements";
	}

	@GetMapping("/agreements/{id}")
	String agreement(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		return show(actor, id, new CallOffForm(), model);
	}

	private String show(Actor actor, long id, CallOffForm form, Model model) {
		AgreementView view = this.agreements.agreement(actor, id);
		FrameworkAgreement a = view.agreement();
		List<CallOff> callOffs = this.agreements.callOffs(actor, id);
		Map<String, BigDecimal> byLot = new LinkedHashMap<>();
		a.lots().forEach(l -> byLot.put(l.code(), BigDecimal.ZERO.setScale(a.ceiling().scale())));
		callOffs.forEach(c -> byLot.merge(c.lotCode(), c.amount(), BigDecimal::add));
		Set<String> suppliers = new LinkedHashSet<>();
		a.lots().stream().map(Lot::suppliers).forEach(suppliers::addAll);
		Map<Long, String> projects = new LinkedHashMap<>();
		for (ProjectOverview p : this.catalogue.listVisible(actor)) {
			projects.put(p.id(), p.code() + " · " + p.name());
		}
		model.addAttribute("view", view);
		model.addAttribute("agreement", a);
		model.addAttribute("callOffs", callOffs);
		model.addAttribute("byLot", byLot);
		model.addAttribute("suppliers", suppliers);
		model.addAttribute("projects", projects);
		model.addAttribute("nextStages", a.stage().next());
		model.addAttribute("callOffForm", form);
		return "procurement/agreement";
	}

	@PostMapping("/agreements/{id}/call-offs")
	String callOff(@PathVariable long id, @Valid @ModelAttribute("callOffForm") CallOffForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		this.agreements.agreement(actor, id);
		return this.pages.submit(binding, model, () -> {
			this.agreements.callOff(actor, id, new CallOffDraft(form.getLot(), form.getSupplier(), form.getAmount(),
					form.getProjectId(), form.getDescription()));
			this.pages.saved(flash, "procurement.saved.callOff");
			return "redirect:/agreements/" + id;
		}, () -> show(actor, id, form, model));
	}

	@PostMapping("/agreements/{id}/stage")
	String stage(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) FrameworkAgreement.Stage stage, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/agreements/" + id, "procurement.saved.stage",
				() -> this.agreements.moveTo(actor, id, version, stage));
	}

}
