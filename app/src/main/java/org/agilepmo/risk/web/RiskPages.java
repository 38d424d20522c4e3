package org.agilepmo.risk.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.risk.internal.ActionService;
import org.agilepmo.risk.internal.Issue;
import org.agilepmo.risk.internal.MatrixService;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.Rating;
import org.agilepmo.risk.internal.RegisterAccess;
import org.agilepmo.risk.internal.RegisterAccess.Register;
import org.agilepmo.risk.internal.RegisterReviewService;
import org.agilepmo.risk.internal.RegisterViews;
import org.agilepmo.risk.internal.Response;
import org.agilepmo.risk.internal.Risk;
import org.agilepmo.risk.internal.RiskAction;
import org.agilepmo.risk.internal.RiskService;
import org.agilepmo.risk.internal.RiskService.RegisterFilter;
import org.agilepmo.risk.internal.RiskStatus;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.ObjectRef;
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
 * A project's risk register and one risk: the filtered, sorted and paged table, recording
 * a risk, rating it (with the reason), its history, its actions, and closing it or
 * recording that it occurred.
 */
@Controller
class RiskPages {

	static final int PAGE_SIZE = 20;

	private final RiskService risks;

	private final ActionService actions;

	private final MatrixService matrices;

	private final RegisterAccess access;

	private final RegisterReviewService reviews;

	private final RegisterViews views;

	private final Pages pages;

	private final org.agilepmo.risk.internal.RegisterScheduleRiskEvents scheduleImpacts;

	private final org.springframework.beans.factory.ObjectProvider<org.agilepmo.risk.RiskActivityChoices> activityChoices;

	RiskPages(RiskService risks, ActionService actions, MatrixService matrices, RegisterAccess access,
			RegisterReviewService reviews, RegisterViews views, Pages pages,
			org.agilepmo.risk.internal.RegisterScheduleRiskEvents scheduleImpacts,
			org.springframework.beans.factory.ObjectProvider<org.agilepmo.risk.RiskActivityChoices> activityChoices) {
		this.scheduleImpacts = scheduleImpacts;
		this.activityChoices = activityChoices;
		this.risks = risks;
		this.actions = actions;
		this.matrices = matrices;
		this.access = access;
		this.reviews = reviews;
		this.views = views;
		this.pages = pages;
	}

	@GetMapping("/projects/{id}/risks")
	String register(@PathVariable long id, @RequestParam(required = false) RiskStatus status,
			@RequestParam(required = false) String category, @RequestParam(required = false) Rating rating,
			@RequestParam(required = false) Nature nature, @RequestParam(required = false) Integer probability,
			@RequestParam(required = false) Integer impact, @RequestParam(defaultValue = "false") boolean residual,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		RegisterFilter filter = new RegisterFilter(status, category, rating, nature, null, probability, impact,
				residual, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("register", this.risks.register(actor, id, filter, Math.max(0, page), PAGE_SIZE));
		if (!model.containsAttribute("riskForm")) {
			model.addAttribute("riskForm", new RiskForm());
		}
		return registerPage(actor, id, model);
	}

	private String registerPage(Actor actor, long id, Model model) {
		ProjectSummary project = this.access.visible(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("mayEdit", this.access.mayEdit(actor, id));
		model.addAttribute("readiness", this.reviews.readiness(actor, id));
		if (!model.containsAttribute("register")) {
			model.addAttribute("filter", RegisterFilter.none());
			model.addAttribute("register", this.risks.register(actor, id, RegisterFilter.none(), 0, PAGE_SIZE));
		}
		choices(model, project.portfolioId());
		return "risk/register";
	}

	/** What the risk form offers, on the scales of the portfolio's matrix. */
	void choices(Model model, long portfolioId) {
		model.addAttribute("categories", this.matrices.categories());
		model.addAttribute("levels", levels(this.matrices.matrixFor(portfolioId).size()));
		model.addAttribute("responses", Response.values());
		model.addAttribute("natures", Nature.values());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("statuses", RiskStatus.values());
		model.addAttribute("people",
				this.access.enabledPeople().stream().sorted(Comparator.comparing(PersonSummary::displayName)).toList());
	}

	private static List<Integer> levels(int size) {
		return java.util.stream.IntStream.rangeClosed(1, size).boxed().toList();
	}

	@PostMapping("/projects/{id}/risks")
	String record(@PathVariable long id, @Valid @ModelAttribute("riskForm") RiskForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			Risk risk = this.risks.record(actor, id, form.toDraft(List.of()));
			this.pages.saved(redirect, "risk.saved.recorded", risk.code());
			return "redirect:/risks/" + risk.id();
		}, () -> {
			model.addAttribute("openForm", true);
			return registerPage(actor, id, model);
		});
	}

	@GetMapping("/risks/{id}")
	String risk(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Risk risk = this.risks.risk(actor, id);
		if (!model.containsAttribute("riskForm")) {
			model.addAttribute("riskForm", RiskForm.of(risk));
		}
		return riskPage(actor, risk, model);
	}

	private String riskPage(Actor actor, Risk risk, Model model) {
		Register register = this.access.register(actor, risk.scope());
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new ActionForm());
		}
		model.addAttribute("risk", risk);
		model.addAttribute("scoped", register);
		model.addAttribute("ownerName", this.access.nameOf(risk.ownerId()));
		model.addAttribute("mayEdit", register.mayEdit());
		model.addAttribute("history", this.risks.history(actor, risk.id()));
		model.addAttribute("actions", this.actions.ofRisk(actor, risk.id()));
		model.addAttribute("issue", this.risks.issueOf(actor, risk.id()).orElse(null));
		model.addAttribute("kinds", RiskAction.Kind.values());
		model.addAttribute("priorities", Issue.Priority.values());
		choices(model, register.portfolioId());
		ScheduleImpactPages.addTo(model, actor, risk, this.scheduleImpacts, this.activityChoices);
		return "risk/risk";
	}

	@PostMapping("/risks/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("riskForm") RiskForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			Risk current = this.risks.risk(actor, id);
			List<String> links = current.links().stream().map(ObjectRef::key).toList();
			this.risks.change(actor, id, form.getVersion(), Change.to(form.toDraft(links)), form.getReason());
			this.pages.saved(redirect, "risk.saved.changed");
			return "redirect:/risks/" + id;
		}, () -> riskPage(actor, this.risks.risk(actor, id), model));
	}

	@PostMapping("/risks/{id}/actions")
	String addAction(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			this.actions.add(actor, id, null, form.getKind(), form.getTitle(), form.getOwnerId(), form.getDue());
			this.pages.saved(redirect, "risk.saved.actionAdded");
			return "redirect:/risks/" + id;
		}, () -> risk(id, model));
	}

	@PostMapping("/risks/{id}/occurrence")
	String occur(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) Issue.Priority priority, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			Issue issue = this.risks.occur(actor, id, version, reason, priority, null);
			this.pages.saved(redirect, "risk.saved.occurred", issue.code());
			return "redirect:/risks/" + id;
		}, () -> risk(id, model));
	}

	@PostMapping("/risks/{id}/closure")
	String close(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			this.risks.close(actor, id, version, reason);
			this.pages.saved(redirect, "risk.saved.closed");
			return "redirect:/risks/" + id;
		}, () -> risk(id, model));
	}

	@PostMapping("/risks/{id}/reopening")
	String reopen(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			this.risks.reopen(actor, id, version, reason);
			this.pages.saved(redirect, "risk.saved.reopened");
			return "redirect:/risks/" + id;
		}, () -> risk(id, model));
	}

	@PostMapping("/projects/{id}/risk-reviews")
	String review(@PathVariable long id, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		return this.pages.attempt(model, () -> {
			this.reviews.review(actor, id, note);
			this.pages.saved(redirect, "risk.saved.reviewed");
			return "redirect:/projects/" + id + "/risks";
		}, () -> registerPage(actor, id, model));
	}

	@GetMapping("/projects/{id}/risk-heatmap")
	String heatMap(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("project", this.access.visible(actor, id));
		model.addAttribute("heatMap", this.views.projectHeatMap(actor, id));
		model.addAttribute("top", this.views.projectTopRisks(actor, id, 10));
		model.addAttribute("trend", this.views.exposureTrend(actor, id));
		return "risk/heatmap";
	}

}
