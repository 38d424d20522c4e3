package org.agilepmo.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.agilepmo.identity.People;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.ProjectFilter;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.Pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** The project pages: the list, one project, and the new and edit forms. */
@Controller
class ProjectPages {

	private final ProjectService projects;

	private final PortfolioService portfolios;

	private final People people;

	private final ObjectProvider<OrganisationDirectory> organisation;

	private final Pages pages;

	ProjectPages(ProjectService projects, PortfolioService portfolios, People people,
			ObjectProvider<OrganisationDirectory> organisation, Pages pages) {
		this.pages = pages;
		this.projects = projects;
		this.portfolios = portfolios;
		this.people = people;
		this.organisation = organisation;
	}

	@GetMapping("/projects")
	String list(@RequestParam(required = false) Long portfolio, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) ProjectType type,
			@RequestParam(required = false) Methodology methodology,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) Health health, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
		Actor actor = CurrentActor.require();
		Sort order = Sorting.sort(sort, ProjectApiController.SORTABLE, "code");
		int pageSize = Math.max(1, Math.min(size, Sorting.MAX_PAGE_SIZE));
		ProjectFilter filter = new ProjectFilter(portfolio, programme, stage, type, methodology, classification, health,
				tag, q);
		Page<ProjectView> result = this.projects.search(actor, filter,
				PageRequest.of(Math.max(0, page), pageSize, order));
		Map<String, String> params = new LinkedHashMap<>();
		params.put("portfolio", portfolio == null ? null : portfolio.toString());
		params.put("programme", programme == null ? null : programme.toString());
		params.put("stage", stage == null ? null : stage.name());
		params.put("type", type == null ? null : type.name());
		params.put("methodology", methodology == null ? null : methodology.name());
		params.put("classification", classification == null ? null : classification.name());
		params.put("health", health == null ? null : health.name());
		params.put("tag", tag);
		params.put("q", q);
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("links", new ListLinks("/projects", params, order));
		model.addAttribute("portfolios",
				this.portfolios.visiblePortfolios(actor).stream().map(p -> new Option(p.id(), p.name())).toList());
		model.addAttribute("mayCreate", !this.portfolios.portfoliosForNewProjects(actor).isEmpty());
		addEnums(model);
		return "portfolio/projects";
	}

	@GetMapping("/projects/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ProjectView project = this.projects.get(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("history", this.projects.history(actor, id));
		if (!model.containsAttribute("stageForm")) {
			model.addAttribute("stageForm", new StageForm());
		}
		if (project.mayEdit()) {
			model.addAttribute("people", personOptions());
			model.addAttribute("roles", ProjectRole.values());
		}
		return "portfolio/project";
	}

	@GetMapping("/projects/new")
	String create(@RequestParam(required = false) Long portfolio, Model model) {
		if (this.portfolios.portfoliosForNewProjects(CurrentActor.require()).isEmpty()) {
			throw new AccessDeniedException("may not create projects in any portfolio");
		}
		ProjectForm form = new ProjectForm();
		form.setPortfolioId(portfolio);
		return form(model, form, null);
	}

	/** The programme choices of a portfolio, for the form's programme select (htmx). */
	@GetMapping("/projects/programme-options")
	String programmeOptions(@RequestParam(required = false) Long portfolioId, Model model) {
		Actor actor = CurrentActor.require();
		List<Option> programmes = portfolioId == null ? List.of()
				: this.portfolios.programmesOf(actor, portfolioId)
					.stream()
					.map(g -> new Option(g.id(), g.name()))
					.toList();
		model.addAttribute("programmes", programmes);
		return "portfolio/project-form :: programmeOptions";
	}

	@PostMapping("/projects")
	String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model) {
		return this.pages.submit(binding, model,
				() -> "redirect:/projects/" + this.projects.create(CurrentActor.require(), form.toDraft()).id(),
				() -> form(model, form, null));
	}

	@GetMapping("/projects/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ProjectView project = this.projects.get(CurrentActor.require(), id);
		if (!project.mayEdit()) {
			throw new AccessDeniedException("may not change project " + id);
		}
		return form(model, ProjectForm.of(project), project);
	}

	@PostMapping("/projects/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult binding,
			Model model) {
		Actor actor = CurrentActor.require();
		ProjectView current = this.projects.get(actor, id);
		return this.pages.submit(binding, model, () -> {
			this.projects.edit(actor, id, form.getVersion() == null ? -1 : form.getVersion(),
					Change.to(form.toDraft()));
			return "redirect:/projects/" + id;
		}, () -> form(model, form, current));
	}

	@PostMapping("/projects/{id}/stage")
	String changeStage(@PathVariable long id, @ModelAttribute("stageForm") StageForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return this.pages.submit(binding, model, () -> {
			this.projects.changeStage(CurrentActor.require(), id, form.getVersion(), form.getStage(),
					(form.getReason() != null) ? form.getReason() : "");
			this.pages.saved(redirect, "portfolio.project.stageChanged");
			return "redirect:/projects/" + id;
		}, () -> show(id, model));
	}

	@PostMapping("/projects/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) ProjectRole role, @RequestParam long version, Model model) {
		return this.pages.attempt(model, () -> {
			if (personId == null) {
				throw new RuleViolationException("personId", "portfolio.error.required", "person is required");
			}
			this.projects.grant(CurrentActor.require(), id, version, personId, role);
			return "redirect:/projects/" + id + "#members";
		}, () -> show(id, model));
	}

	@PostMapping("/projects/{id}/members/{personId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long personId, @RequestParam ProjectRole role,
			@RequestParam long version, Model model) {
		return this.pages.attempt(model, () -> {
			this.projects.revoke(CurrentActor.require(), id, version, personId, role);
			return "redirect:/projects/" + id + "#members";
		}, () -> show(id, model));
	}

	private String form(Model model, ProjectForm form, ProjectView project) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("project", project);
		List<Option> portfolioOptions = new ArrayList<>(this.portfolios.portfoliosForNewProjects(actor)
			.stream()
			.map(p -> new Option(p.id(), p.name()))
			.toList());
		if (project != null && portfolioOptions.stream().noneMatch(o -> o.id() == project.portfolioId())) {
			portfolioOptions.add(0, new Option(project.portfolioId(), project.portfolioName()));
		}
		model.addAttribute("portfolios", portfolioOptions);
		List<Option> programmes = new ArrayList<>();
		if (form.getPortfolioId() != null) {
			for (Option p : portfolioOptions) {
				if (p.id() == form.getPortfolioId()) {
					this.portfolios.programmesOf(actor, p.id())
						.forEach(g -> programmes.add(new Option(g.id(), g.name())));
				}
			}
		}
		model.addAttribute("programmes", programmes);
		model.addAttribute("people", personOptions());
		OrganisationDirectory directory = this.organisation.getIfAvailable();
		model.addAttribute("squads", directory == null ? List.of()
				: directory.ofType(UnitType.SQUAD).stream().map(u -> new Option(u.id(), u.name())).toList());
		addEnums(model);
		return "portfolio/project-form";
	}

	private List<Option> personOptions() {
		return this.people.listEnabled().stream().map(p -> new Option(p.id(), p.displayName())).toList();
	}

	private static void addEnums(Model model) {
		model.addAttribute("stages", Stage.values());
		model.addAttribute("types", ProjectType.values());
		model.addAttribute("methodologies", Methodology.values());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("healths", Health.values());
	}

}
