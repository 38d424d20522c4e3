package org.agilepmo.risk.web;

import java.time.LocalDate;
import java.util.Comparator;

import jakarta.validation.Valid;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.risk.internal.ActionService;
import org.agilepmo.risk.internal.DecisionService;
import org.agilepmo.risk.internal.Decision;
import org.agilepmo.risk.internal.Issue;
import org.agilepmo.risk.internal.IssueService;
import org.agilepmo.risk.internal.IssueService.IssueDraft;
import org.agilepmo.risk.internal.RegisterAccess;
import org.agilepmo.risk.internal.RegisterViews;
import org.agilepmo.risk.internal.RiskAction;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.Rating;
import org.agilepmo.risk.internal.RiskExchange;
import org.agilepmo.risk.internal.RiskService;
import org.agilepmo.risk.internal.RiskStatus;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.SheetWriter;
import org.agilepmo.web.Pages;
import org.agilepmo.web.SheetDownloads;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's other pages: a project's issues and decision log, its export and import,
 * and the person's actions across projects.
 */
@Controller
class RegisterPages {

	private final IssueService issues;

	private final DecisionService decisions;

	private final ActionService actions;

	private final RegisterViews views;

	private final RiskExchange exchange;

	private final RegisterAccess access;

	private final Pages pages;

	RegisterPages(IssueService issues, DecisionService decisions, ActionService actions, RegisterViews views,
			RiskExchange exchange, RegisterAccess access, Pages pages) {
		this.issues = issues;
		this.decisions = decisions;
		this.actions = actions;
		this.views = views;
		this.exchange = exchange;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/projects/{id}/issues")
	String issues(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("project", this.access.visible(actor, id));
		model.addAttribute("mayEdit", this.access.mayEdit(actor, id));
		model.addAttribute("issues", this.issues.issues(actor, id));
		model.addAttribute("priorities", Issue.Priority.values());
		model.addAttribute("escalations", Issue.Escalation.values());
		model.addAttribute("people", people());
		model.addAttribute("names", (java.util.function.Function<Long, String>) this.access::nameOf);
		return "risk/issues";
	}

	private java.util.List<PersonSummary> people() {
		return this.access.enabledPeople().stream().sorted(Comparator.comparing(PersonSummary::displayName)).toList();
	}

	@PostMapping("/projects/{id}/issues")
	String raise(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) Issue.Priority priority,
			@RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			this.issues.raise(actor, id, new IssueDraft(title, description, priority, ownerId, due));
			this.pages.saved(redirect, "risk.saved.issueRaised");
			return "redirect:/projects/" + id + "/issues";
		}, () -> issues(id, model));
	}

	@PostMapping("/issues/{id}/escalation")
	String escalate(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Issue.Escalation escalation, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		long projectId = this.issues.issue(actor, id).projectId();
		return this.pages.attempt(model, () -> {
			this.issues.escalate(actor, id, version, escalation);
			this.pages.saved(redirect, "risk.saved.escalated");
			return "redirect:/projects/" + projectId + "/issues";
		}, () -> issues(projectId, model));
	}

	@PostMapping("/issues/{id}/resolution")
	String resolve(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String resolution, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		long projectId = this.issues.issue(actor, id).projectId();
		return this.pages.attempt(model, () -> {
			this.issues.resolve(actor, id, version, resolution);
			this.pages.saved(redirect, "risk.saved.resolved");
			return "redirect:/projects/" + projectId + "/issues";
		}, () -> issues(projectId, model));
	}

	@GetMapping("/projects/{id}/decisions")
	String decisions(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("project", this.access.visible(actor, id));
		model.addAttribute("mayEdit", this.access.mayEdit(actor, id));
		model.addAttribute("decisions", this.decisions.decisions(actor, id));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		return "risk/decisions";
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Decision d = this.decisions.decision(actor, id);
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.of(d));
		}
		model.addAttribute("decision", d);
		model.addAttribute("project", this.access.visible(actor, d.projectId()));
		model.addAttribute("mayEdit", this.decisions.mayChange(actor, d));
		return "risk/decision";
	}

	@PostMapping("/decisions/{id}")
	String correct(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			Decision d = this.decisions.change(actor, id, form.getVersion(),
					form.toDraft(this.decisions.decision(actor, id).issueId()));
			this.pages.saved(redirect, "risk.saved.decisionChanged");
			return "redirect:/projects/" + d.projectId() + "/decisions#decision-" + d.id();
		}, () -> decision(id, model));
	}

	@GetMapping("/actions/{id}")
	String action(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ActionService.ActionView view = this.actions.view(actor, id);
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", ActionForm.of(view.action()));
		}
		model.addAttribute("view", view);
		model.addAttribute("mayEdit", this.actions.mayChange(actor, view.action()));
		model.addAttribute("mayComplete",
				view.action().ownerId() == actor.id() || this.actions.mayChange(actor, view.action()));
		model.addAttribute("kinds", RiskAction.Kind.values());
		model.addAttribute("people", people());
		return "risk/action";
	}

	@PostMapping("/actions/{id}")
	String changeAction(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			this.actions.change(actor, id, form.getVersion(), form.getKind(), form.getTitle(), form.getOwnerId(),
					form.getDue());
			this.pages.saved(redirect, "risk.saved.actionChanged");
			return "redirect:/actions/" + id;
		}, () -> action(id, model));
	}

	@PostMapping("/projects/{id}/decisions")
	String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			this.decisions.record(actor, id, form.toDraft(null));
			this.pages.saved(redirect, "risk.saved.decided");
			return "redirect:/projects/" + id + "/decisions";
		}, () -> {
			model.addAttribute("openForm", true);
			return decisions(id, model);
		});
	}

	@GetMapping("/projects/{id}/risks/export")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Rating rating, @RequestParam(required = false) Nature nature,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) Integer probability,
			@RequestParam(required = false) Integer impact, @RequestParam(defaultValue = "false") boolean residual,
			@RequestParam(required = false) String sort) {
		SheetWriter.Format file = SheetWriter.Format.of(format);
		return SheetDownloads.of(file, "risk-register-" + id,
				this.exchange.table(CurrentActor.require(), id, new RiskService.RegisterFilter(status, category, rating,
						nature, owner, probability, impact, residual, sort)));
	}

	@PostMapping("/projects/{id}/risks/import")
	String importRegister(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws java.io.IOException {
		Actor actor = CurrentActor.require();
		String name = file == null ? "" : file.getOriginalFilename();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		return this.pages.act(redirect, "/projects/" + id + "/risks", null, () -> {
			int count = this.exchange.importRegister(actor, id, name, content);
			this.pages.saved(redirect, "risk.saved.imported", count);
		});
	}

	@GetMapping("/actions")
	String myActions(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("overdueOnly", overdue);
		model.addAttribute("actions", this.actions.mine(CurrentActor.require(), overdue));
		return "risk/actions";
	}

	@PostMapping("/actions/{id}/completion")
	String complete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.act(redirect, "/actions", "risk.saved.completed",
				() -> this.actions.complete(actor, id, version));
	}

}
