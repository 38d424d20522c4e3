package org.agilepmo.intake.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.People;
import org.agilepmo.intake.internal.ApprovalTerms;
import org.agilepmo.intake.internal.ArbOpinion;
import org.agilepmo.intake.internal.ConceptNoteService;
import org.agilepmo.intake.internal.CostCategory;
import org.agilepmo.intake.internal.CostKind;
import org.agilepmo.intake.internal.Feasibility;
import org.agilepmo.intake.internal.NoteStatus;
import org.agilepmo.intake.internal.NoteView;
import org.agilepmo.intake.internal.ScoringCriterion;
import org.agilepmo.intake.internal.ScoringCriterion.CriterionDraft;
import org.agilepmo.intake.internal.ScoringModel;
import org.agilepmo.intake.internal.Urgency;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The intake pages: the ranked list of concept notes, submitting one, a note with its
 * assessment, scores and decisions, the side-by-side comparison, and the scoring model.
 */
@Controller
class IntakePages {

	private final ConceptNoteService notes;

	private final ScoringModel model;

	private final People people;

	private final ProjectCatalogue catalogue;

	private final Pages pages;

	IntakePages(ConceptNoteService notes, ScoringModel model, People people, ProjectCatalogue catalogue, Pages pages) {
		this.notes = notes;
		this.model = model;
		this.people = people;
		this.catalogue = catalogue;
		this.pages = pages;
	}

	@GetMapping("/intake")
	String list(Model model) {
		model.addAttribute("ranking", this.notes.ranking(CurrentActor.require()));
		return "intake/notes";
	}

	@GetMapping("/intake/compare")
	String compare(@RequestParam(name = "ids", required = false) List<Long> ids, Model model) {
		model.addAttribute("views", this.notes.compare(CurrentActor.require(), ids == null ? List.of() : ids));
		model.addAttribute("criteria", this.model.criteria().stream().filter(ScoringCriterion::active).toList());
		return "intake/compare";
	}

	@GetMapping("/intake/new")
	String create(Model model) {
		return form(model, new NoteForm());
	}

	@PostMapping("/intake")
	String submit(@ModelAttribute("form") NoteForm form, BindingResult binding, Model model) {
		return this.pages.submit(binding, model,
				() -> "redirect:/intake/" + this.notes.submit(CurrentActor.require(), form.toDraft()).id(),
				() -> form(model, form));
	}

	@GetMapping("/intake/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		NoteView view = this.notes.get(CurrentActor.require(), id);
		if (!view.mayRevise()) {
			throw new AccessDeniedException("may not revise concept note " + id);
		}
		model.addAttribute("note", view.note());
		return form(model, NoteForm.of(view.note()));
	}

	@PostMapping("/intake/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute("form") NoteForm form, BindingResult binding, Model model) {
		NoteView current = this.notes.get(CurrentActor.require(), id);
		model.addAttribute("note", current.note());
		return this.pages.submit(binding, model, () -> {
			this.notes.revise(CurrentActor.require(), id, form.getVersion() == null ? -1 : form.getVersion(),
					form.toDraft());
			return "redirect:/intake/" + id;
		}, () -> form(model, form));
	}

	private String form(Model model, NoteForm form) {
		model.addAttribute("form", form);
		model.addAttribute("people", personChoices());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("classifications", Classification.values());
		return "intake/note-form";
	}

	@GetMapping("/intake/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		NoteView view = this.notes.get(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("note", view.note());
		model.addAttribute("criteria", this.model.criteria().stream().filter(ScoringCriterion::active).toList());
		if (!model.containsAttribute("assessment")) {
			model.addAttribute("assessment", AssessmentForm.of(view.note()));
		}
		java.util.Set<Long> related = new java.util.TreeSet<>(view.note().requires());
		related.addAll(view.note().excludes());
		model.addAttribute("relatedTitles", this.notes.titles(actor, related));
		if (view.mayAssess()) {
			java.util.Map<Long, String> others = new LinkedHashMap<>(this.notes.visibleTitles(actor));
			others.remove(id);
			model.addAttribute("otherNotes", others);
		}
		model.addAttribute("costCategories", CostCategory.values());
		model.addAttribute("costKinds", CostKind.values());
		model.addAttribute("feasibilities", Feasibility.values());
		model.addAttribute("methods", Methodology.values());
		model.addAttribute("opinions", ArbOpinion.values());
		model.addAttribute("projectTypes", ProjectType.values());
		if (view.mayAssign() || view.decisionsAllowed().contains(NoteStatus.APPROVED)) {
			model.addAttribute("people", personChoices());
		}
		model.addAttribute("mayApprove", view.decisionsAllowed().contains(NoteStatus.APPROVED));
		if (view.decisionsAllowed().contains(NoteStatus.APPROVED)) {
			List<ProjectOverview> visible = this.catalogue.listVisible(actor);
			Map<Long, String> portfolios = new LinkedHashMap<>();
			Map<Long, String> programmes = new LinkedHashMap<>();
			for (ProjectOverview p : visible) {
				portfolios.putIfAbsent(p.portfolioId(), p.portfolioName());
				if (p.programmeId() != null) {
					programmes.putIfAbsent(p.programmeId(), p.portfolioName() + " · " + p.programmeName());
				}
			}
			model.addAttribute("portfolios", choices(portfolios));
			model.addAttribute("programmes", choices(programmes));
		}
		return "intake/note";
	}

	@PostMapping("/intake/{id}/assessors")
	String addAssessor(@PathVariable long id, @RequestParam(required = false) Long personId, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "intake.saved.assessor", () -> {
			if (personId == null) {
				throw new RuleViolationException("personId", "intake.error.required", "person is required");
			}
			this.notes.addAssessor(CurrentActor.require(), id, version, personId);
		});
	}

	@PostMapping("/intake/{id}/assessment")
	String assess(@PathVariable long id, @ModelAttribute("assessment") AssessmentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("assessment", form);
		return act(id, model, redirect, "intake.saved.assessment", () -> {
			if (binding.hasErrors()) {
				model.addAttribute("errorSection", "assessment");
				String field = binding.getFieldErrors().get(0).getField().replaceAll("\\[.*", "");
				throw new RuleViolationException(field, "intake.error.invalid", "invalid value");
			}
			this.notes.assess(CurrentActor.require(), id, form.getVersion(), form.toDraft());
		});
	}

	@PostMapping("/intake/{id}/scores")
	String score(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		return act(id, model, redirect, "intake.saved.scores", () -> this.notes.score(CurrentActor.require(), id,
				Long.parseLong(params.getOrDefault("version", "-1")), ScoreInput.scores(params)));
	}

	@PostMapping("/intake/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam(required = false) NoteStatus status,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String conditions,
			@RequestParam(required = false) String code, @RequestParam(required = false) Long portfolioId,
			@RequestParam(required = false) Long programmeId, @RequestParam(required = false) ProjectType type,
			@RequestParam(required = false) Long projectManagerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedFinish,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		ApprovalTerms terms = status == NoteStatus.APPROVED
				? new ApprovalTerms(code, portfolioId, programmeId, type, projectManagerId, plannedStart, plannedFinish)
				: null;
		return act(id, model, redirect, "intake.saved.decision",
				() -> this.notes.decide(CurrentActor.require(), id, version, status, reason, conditions, terms));
	}

	@GetMapping("/intake/scoring")
	String scoring(Model model) {
		model.addAttribute("criteria", this.model.criteria());
		model.addAttribute("mayChange", CurrentActor.require().isPortfolioWide());
		return "intake/scoring";
	}

	@PostMapping("/intake/scoring")
	String addCriterion(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) BigDecimal weight, @RequestParam(defaultValue = "1") int scaleMin,
			@RequestParam(defaultValue = "5") int scaleMax, @RequestParam(defaultValue = "false") boolean lowerIsBetter,
			Model model) {
		return this.pages.attempt(model, () -> {
			this.model.add(CurrentActor.require(), code.strip().toUpperCase(java.util.Locale.ROOT),
					new CriterionDraft(name, weight, scaleMin, scaleMax, lowerIsBetter, true));
			return "redirect:/intake/scoring";
		}, () -> scoring(model));
	}

	@PostMapping("/intake/scoring/{criterionId}")
	String reviseCriterion(@PathVariable long criterionId, @RequestParam(required = false) String name,
			@RequestParam(required = false) BigDecimal weight, @RequestParam(defaultValue = "1") int scaleMin,
			@RequestParam(defaultValue = "5") int scaleMax, @RequestParam(defaultValue = "false") boolean lowerIsBetter,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam long version, Model model) {
		return this.pages.attempt(model, () -> {
			this.model.revise(CurrentActor.require(), criterionId, version,
					new CriterionDraft(name, weight, scaleMin, scaleMax, lowerIsBetter, active));
			return "redirect:/intake/scoring";
		}, () -> scoring(model));
	}

	/** A change on the note's page: back to the page, saying it was saved, or why not. */
	private String act(long id, Model model, RedirectAttributes redirect, String saved, Runnable action) {
		return this.pages.attempt(model, () -> {
			action.run();
			this.pages.saved(redirect, saved);
			return "redirect:/intake/" + id;
		}, () -> show(id, model));
	}

	private List<Choice> personChoices() {
		return this.people.listEnabled().stream().map(p -> new Choice(p.id(), p.displayName())).toList();
	}

	private static List<Choice> choices(Map<Long, String> byId) {
		List<Choice> list = new ArrayList<>();
		byId.forEach((id, label) -> list.add(new Choice(id, label)));
		return list;
	}

	static void requirePmo(Actor actor) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("PMO only");
		}
	}

}
