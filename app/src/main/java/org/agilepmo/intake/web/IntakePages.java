package org.agilepmo.intake.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
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
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

	private final Messages messages;

	IntakePages(ConceptNoteService notes, ScoringModel model, People people, ProjectCatalogue catalogue,
			Messages messages) {
		this.notes = notes;
		this.model = model;
		this.people = people;
		this.catalogue = catalogue;
		this.messages = messages;
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
	String submit(@ModelAttribute("form") NoteForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form);
		}
		try {
			NoteView created = this.notes.submit(CurrentActor.require(), form.toDraft());
			return "redirect:/intake/" + created.id();
		}
		catch (RuleViolationException ex) {
			reject(binding, ex);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form);
		}
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
	String edit(@PathVariable long id, @ModelAttribute("form") NoteForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		NoteView current = this.notes.get(CurrentActor.require(), id);
		model.addAttribute("note", current.note());
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form);
		}
		try {
			this.notes.revise(CurrentActor.require(), id, form.getVersion() == null ? -1 : form.getVersion(),
					form.toDraft());
			return "redirect:/intake/" + id;
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
		}
		catch (RuleViolationException ex) {
			reject(binding, ex);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return form(model, form);
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
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, model, response, redirect, "intake.saved.assessor", () -> {
			if (personId == null) {
				throw new RuleViolationException("personId", "intake.error.required", "person is required");
			}
			this.notes.addAssessor(CurrentActor.require(), id, version, personId);
		});
	}

	@PostMapping("/intake/{id}/assessment")
	String assess(@PathVariable long id, @ModelAttribute("assessment") AssessmentForm form, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errorSection", "assessment");
			String field = binding.getFieldErrors().get(0).getField().replaceAll("\\[.*", "");
			model.addAttribute("error",
					this.messages.of(new RuleViolationException(field, "intake.error.invalid", "invalid value")));
			model.addAttribute("errorField", field);
			return show(id, model);
		}
		model.addAttribute("assessment", form);
		return act(id, model, response, redirect, "intake.saved.assessment",
				() -> this.notes.assess(CurrentActor.require(), id, form.getVersion(), form.toDraft()));
	}

	@PostMapping("/intake/{id}/scores")
	String score(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, model, response, redirect, "intake.saved.scores", () -> {
			Map<Long, Integer> scores = new HashMap<>();
			for (Map.Entry<String, String> e : params.entrySet()) {
				if (e.getKey().startsWith("score-") && e.getValue() != null && !e.getValue().isBlank()) {
					try {
						scores.put(Long.valueOf(e.getKey().substring(6)), Integer.valueOf(e.getValue().strip()));
					}
					catch (NumberFormatException ex) {
						throw new RuleViolationException("scores", "intake.error.invalid", "not a whole number");
					}
				}
			}
			this.notes.score(CurrentActor.require(), id, Long.parseLong(params.getOrDefault("version", "-1")), scores);
		});
	}

	@PostMapping("/intake/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam(required = false) NoteStatus status,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String conditions,
			@RequestParam(required = false) String code, @RequestParam(required = false) Long portfolioId,
			@RequestParam(required = false) Long programmeId, @RequestParam(required = false) ProjectType type,
			@RequestParam(required = false) Long projectManagerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedFinish,
			@RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ApprovalTerms terms = status == NoteStatus.APPROVED
				? new ApprovalTerms(code, portfolioId, programmeId, type, projectManagerId, plannedStart, plannedFinish)
				: null;
		return act(id, model, response, redirect, "intake.saved.decision",
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
			Model model, HttpServletResponse response) {
		try {
			this.model.add(CurrentActor.require(), code.strip().toUpperCase(java.util.Locale.ROOT),
					new CriterionDraft(name, weight, scaleMin, scaleMax, lowerIsBetter, true));
			return "redirect:/intake/scoring";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			return scoring(model);
		}
	}

	@PostMapping("/intake/scoring/{criterionId}")
	String reviseCriterion(@PathVariable long criterionId, @RequestParam(required = false) String name,
			@RequestParam(required = false) BigDecimal weight, @RequestParam(defaultValue = "1") int scaleMin,
			@RequestParam(defaultValue = "5") int scaleMax, @RequestParam(defaultValue = "false") boolean lowerIsBetter,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam long version, Model model,
			HttpServletResponse response) {
		try {
			this.model.revise(CurrentActor.require(), criterionId, version,
					new CriterionDraft(name, weight, scaleMin, scaleMax, lowerIsBetter, active));
			return "redirect:/intake/scoring";
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
		}
		return scoring(model);
	}

	private String act(long id, Model model, HttpServletResponse response, RedirectAttributes redirect, String saved,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/intake/" + id;
		}
		catch (StaleVersionException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
		}
		return show(id, model);
	}

	private void reject(BindingResult binding, RuleViolationException ex) {
		if (ex.field() != null
				&& new org.springframework.beans.BeanWrapperImpl(binding.getTarget()).isReadableProperty(ex.field())) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.getMessage());
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), ex.getMessage());
		}
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
