package org.agilepmo.governance.web;

import java.util.List;
import java.util.Locale;

import org.agilepmo.governance.internal.GateItemKind;
import org.agilepmo.governance.internal.GateTemplateService;
import org.agilepmo.governance.internal.SignOffRole;
import org.agilepmo.governance.internal.TemplateItem;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The gate templates: everyone reads what each gate asks; the PMO adds and removes items
 * (gates already opened keep theirs).
 */
@Controller
class GateTemplatePages {

	private final GateTemplateService templates;

	private final Pages pages;

	GateTemplatePages(GateTemplateService templates, Pages pages) {
		this.templates = templates;
		this.pages = pages;
	}

	@GetMapping("/governance/gate-templates")
	String list(Model model) {
		model.addAttribute("templates", this.templates.templates());
		model.addAttribute("mayChange", CurrentActor.require().isPortfolioWide());
		model.addAttribute("kinds", GateItemKind.values());
		model.addAttribute("roles", SignOffRole.values());
		return "governance/templates";
	}

	@PostMapping("/governance/gate-templates/{stage}/items")
	String add(@PathVariable Stage stage, @RequestParam long version, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) GateItemKind kind,
			@RequestParam(defaultValue = "false") boolean mandatory,
			@RequestParam(required = false) SignOffRole signOffRole, Model model) {
		TemplateItem item = new TemplateItem(code.strip().toUpperCase(Locale.ROOT), title, false, kind, mandatory,
				signOffRole);
		return change(stage, version, items -> {
			items.add(item);
			return items;
		}, model);
	}

	@PostMapping("/governance/gate-templates/{stage}/items/{code}/remove")
	String remove(@PathVariable Stage stage, @PathVariable String code, @RequestParam long version, Model model) {
		return change(stage, version, items -> {
			items.removeIf(i -> i.code().equals(code));
			return items;
		}, model);
	}

	private String change(Stage stage, long version, Change<List<TemplateItem>> change, Model model) {
		return this.pages.attempt(model, () -> {
			this.templates.changeItems(CurrentActor.require(), stage, version, change);
			return "redirect:/governance/gate-templates#template-" + stage;
		}, () -> list(model));
	}

}
