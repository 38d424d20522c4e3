package org.agilepmo.quality.web;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.agilepmo.identity.People;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.quality.internal.AuditAccess;
import org.agilepmo.quality.internal.AuditService;
import org.agilepmo.quality.internal.AuditService.ActionDraft;
import org.agilepmo.quality.internal.AuditService.AuditDraft;
import org.agilepmo.quality.internal.AuditService.AuditView;
import org.agilepmo.quality.internal.AuditService.FindingDraft;
import org.agilepmo.quality.internal.Finding;
import org.agilepmo.quality.internal.IndicatorAccess;
import org.agilepmo.quality.internal.TechnicalAudit;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.pdf.PdfDocuments;
import org.agilepmo.web.Pages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * Technical audits on pages: the list, opening one, its page with findings and corrective
 * actions (recorded by its auditors, done by their owners), closing it, and its report as
 * a PDF in the reader's language.
 */
@Controller
class AuditPages {

	private final AuditService audits;

	private final AuditAccess access;

	private final IndicatorAccess indicators;

	private final ProjectCatalogue projects;

	private final People people;

	private final PdfDocuments pdf;

	private final Pages pages;

	AuditPages(AuditService audits, AuditAccess access, IndicatorAccess indicators, ProjectCatalogue projects,
			People people, PdfDocuments pdf, Pages pages) {
		this.audits = audits;
		this.access = access;
		this.indicators = indicators;
		this.projects = projects;
		this.people = people;
		this.pdf = pdf;
		this.pages = pages;
	}

	@GetMapping("/quality/audits")
	String list(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("audits", this.audits.visible(actor));
		model.addAttribute("mayOpen", this.access.mayOpen(actor));
		return "quality/audits";
	}

	@GetMapping("/quality/audits/new")
	String create(Model model) {
		requireOpener();
		return form(new AuditForm(), model);
	}

	@PostMapping("/quality/audits/new")
	String open(@Valid @ModelAttribute("auditForm") AuditForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Actor actor = requireOpener();
		return this.pages.submit(binding, model, () -> {
			TechnicalAudit audit = this.audits.open(actor,
					new AuditDraft(form.getTitle(), form.getSubject(), form.getProjectId(), form.getSquadId(),
							form.getApplicationRef(), form.getScope(), form.getClassification(), form.getAuditors()));
			this.pages.saved(redirect, "quality.saved.audit", audit.code());
			return "redirect:/quality/audits/" + audit.id();
		}, () -> form(form, model));
	}

	@GetMapping("/quality/audits/{id}")
	String audit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		AuditView view = this.audits.view(actor, id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("findingForm")) {
			model.addAttribute("findingForm", new FindingForm());
		}
		if (!model.containsAttribute("actionForm")) {
			ActionForm form = new ActionForm();
			if (!view.findings().isEmpty()) {
				form.setFindingId(view.findings().get(view.findings().size() - 1).id());
			}
			model.addAttribute("actionForm", form);
		}
		model.addAttribute("severities", Finding.Severity.values());
		if (view.mayEdit()) {
			model.addAttribute("people", this.people.listEnabled());
		}
		model.addAttribute("me", actor.id());
		return "quality/audit";
	}

	@PostMapping("/quality/audits/{id}/findings")
	String recordFinding(@PathVariable long id, @Valid @ModelAttribute("findingForm") FindingForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			Finding finding = this.audits.recordFinding(actor, id,
					new FindingDraft(form.getSeverity(), form.getTitle(), form.getStandard(), form.getDescription()));
			this.pages.saved(redirect, "quality.saved.finding", finding.code());
			return "redirect:/quality/audits/" + id + "#findings";
		}, () -> audit(id, model));
	}

	@PostMapping("/quality/audits/{id}/actions")
	String addAction(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			if (form.getFindingId() == null) {
				throw new org.agilepmo.shared.RuleViolationException("findingId", "quality.error.required",
						"is required");
			}
			this.audits.addAction(actor, form.getFindingId(),
					new ActionDraft(form.getTitle(), form.getOwnerId(), form.getDue()));
			this.pages.saved(redirect, "quality.saved.action");
			return "redirect:/quality/audits/" + id + "#findings";
		}, () -> audit(id, model));
	}

	@PostMapping("/quality/actions/{id}/done")
	String done(@PathVariable long id, @RequestParam long auditId, @RequestParam long version,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, "/quality/audits/" + auditId + "#findings", "quality.saved.actionDone",
				() -> this.audits.complete(actor, id, version));
	}

	@PostMapping("/quality/audits/{id}/close")
	String close(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			this.audits.close(actor, id, version);
			this.pages.saved(redirect, "quality.saved.closed");
			return "redirect:/quality/audits/" + id;
		}, () -> audit(id, model));
	}

	@GetMapping("/quality/audits/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		AuditView view = this.audits.view(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		byte[] document = this.pdf.render("quality/audit-report", Map.of("view", view), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(view.audit().code() + ".pdf").build().toString())
			.body(document);
	}

	private String form(AuditForm form, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("auditForm", form);
		model.addAttribute("subjects", TechnicalAudit.Subject.values());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("projects", this.projects.listVisible(actor));
		model.addAttribute("squads", this.indicators.visibleSquads(actor));
		model.addAttribute("people", this.people.listEnabled());
		return "quality/audit-new";
	}

	private Actor requireOpener() {
		Actor actor = CurrentActor.require();
		if (!this.access.mayOpen(actor)) {
			throw new AccessDeniedException("only the PMO and the quality overseers open audits");
		}
		return actor;
	}

}
