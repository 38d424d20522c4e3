package org.agilepmo.webhooks.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.web.Pages;
import org.agilepmo.webhooks.internal.WebhookEndpoint;
import org.agilepmo.webhooks.internal.WebhookService;
import org.agilepmo.webhooks.internal.WebhookService.EndpointDraft;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages for webhooks: the endpoints with a form to register one (its
 * secret shown once), and each endpoint with its settings and delivery log.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class WebhookPages {

	private final WebhookService webhooks;

	private final Pages pages;

	WebhookPages(WebhookService webhooks, Pages pages) {
		this.webhooks = webhooks;
		this.pages = pages;
	}

	@GetMapping("/admin/webhooks")
	String list(Model model) {
		model.addAttribute("endpoints", this.webhooks.endpoints());
		model.addAttribute("eventTypes", WebhookService.EVENT_TYPES);
		model.addAttribute("screenings", ScreeningLevel.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EndpointForm());
		}
		return "webhooks/list";
	}

	@PostMapping("/admin/webhooks")
	String register(@ModelAttribute("form") EndpointForm form, BindingResult binding, Model model) {
		return this.pages.submit(binding, model, () -> {
			WebhookService.Registered registered = this.webhooks.register(form.draft(true));
			model.addAttribute("registered", registered);
			model.addAttribute("form", new EndpointForm());
			return list(model);
		}, () -> list(model));
	}

	@GetMapping("/admin/webhooks/{id}")
	String show(@PathVariable long id, Model model) {
		WebhookEndpoint endpoint = this.webhooks.endpoint(id);
		model.addAttribute("endpoint", endpoint);
		model.addAttribute("deliveries", this.webhooks.deliveries(id, 100));
		model.addAttribute("eventTypes", WebhookService.EVENT_TYPES);
		model.addAttribute("screenings", ScreeningLevel.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EndpointForm.of(endpoint));
		}
		return "webhooks/endpoint";
	}

	@PostMapping("/admin/webhooks/{id}")
	String change(@PathVariable long id, @ModelAttribute("form") EndpointForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return this.pages.submit(binding, model, () -> {
			this.webhooks.change(id, form.getVersion(), form.draft(form.isActive()));
			this.pages.saved(redirect, "webhooks.saved");
			return "redirect:/admin/webhooks/" + id;
		}, () -> show(id, model));
	}

	/** An endpoint as the forms edit it. */
	public static class EndpointForm {

		private long version;

		private String url;

		private String description;

		private List<String> eventTypes = List.of();

		private ScreeningLevel clearance = ScreeningLevel.NONE;

		private boolean allowPrivateAddress;

		private boolean active = true;

		static EndpointForm of(WebhookEndpoint endpoint) {
			EndpointForm form = new EndpointForm();
			form.version = endpoint.version();
			form.url = endpoint.url();
			form.description = endpoint.description();
			form.eventTypes = List.copyOf(endpoint.eventTypes());
			form.clearance = endpoint.clearance();
			form.allowPrivateAddress = endpoint.allowPrivateAddress();
			form.active = endpoint.active();
			return form;
		}

		EndpointDraft draft(boolean active) {
			Set<String> types = new LinkedHashSet<>((this.eventTypes != null) ? this.eventTypes : List.of());
			return new EndpointDraft(this.url, this.description, types, this.clearance, this.allowPrivateAddress,
					active);
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public List<String> getEventTypes() {
			return this.eventTypes;
		}

		public void setEventTypes(List<String> eventTypes) {
			this.eventTypes = eventTypes;
		}

		public ScreeningLevel getClearance() {
			return this.clearance;
		}

		public void setClearance(ScreeningLevel clearance) {
			this.clearance = clearance;
		}

		public boolean isAllowPrivateAddress() {
			return this.allowPrivateAddress;
		}

		public void setAllowPrivateAddress(boolean allowPrivateAddress) {
			this.allowPrivateAddress = allowPrivateAddress;
		}

		public boolean isActive() {
			return this.active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}

	}

}
