package org.agilepmo.governance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.agilepmo.governance.internal.GateItemKind;
import org.agilepmo.governance.internal.GateTemplate;
import org.agilepmo.governance.internal.GateTemplateService;
import org.agilepmo.governance.internal.SignOffRole;
import org.agilepmo.governance.internal.TemplateItem;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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

	private final MessageSource messages;

	GateTemplatePages(GateTemplateService templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
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
			@RequestParam(required = false) SignOffRole signOffRole, Model model, HttpServletResponse response) {
		GateTemplate template = this.templates.template(stage);
		List<TemplateItem> items = new ArrayList<>(template.items());
		items.add(new TemplateItem(code.strip().toUpperCase(Locale.ROOT), title, false, kind, mandatory, signOffRole));
		return replace(stage, version, items, model, response);
	}

	@PostMapping("/governance/gate-templates/{stage}/items/{code}/remove")
	String remove(@PathVariable Stage stage, @PathVariable String code, @RequestParam long version, Model model,
			HttpServletResponse response) {
		List<TemplateItem> items = new ArrayList<>(this.templates.template(stage).items());
		items.removeIf(i -> i.code().equals(code));
		return replace(stage, version, items, model, response);
	}

	private String replace(Stage stage, long version, List<TemplateItem> items, Model model,
			HttpServletResponse response) {
		try {
			this.templates.replaceItems(CurrentActor.require(), stage, version, items);
			return "redirect:/governance/gate-templates#template-" + stage;
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(),
					LocaleContextHolder.getLocale()));
		}
		return list(model);
	}

}
