package org.agilepmo.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.agilepmo.identity.People;
import org.agilepmo.knowledge.internal.KnowledgeAccess;
import org.agilepmo.knowledge.internal.KnowledgePage;
import org.agilepmo.knowledge.internal.KnowledgeService;
import org.agilepmo.knowledge.internal.PageRevision;
import org.agilepmo.knowledge.internal.Scope;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.NotFoundException;
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
 * The knowledge base's pages: the methodology and the reader's units' pages, a project's
 * pages, one page (as it is or as one revision was, its history, the form to change it)
 * and the line diff of two revisions.
 */
@Controller
class KnowledgeWebPages {

	private final KnowledgeService knowledge;

	private final KnowledgeAccess access;

	private final People people;

	private final Pages pages;

	KnowledgeWebPages(KnowledgeService knowledge, KnowledgeAccess access, People people, Pages pages) {
		this.knowledge = knowledge;
		this.access = access;
		this.people = people;
		this.pages = pages;
	}

	@GetMapping("/knowledge")
	String home(Model model) {
		Actor actor = CurrentActor.require();
		return showHome(actor, new PageForm(), model);
	}

	private String showHome(Actor actor, PageForm form, Model model) {
		List<OrgUnitSummary> units = this.access.unitsOf(actor);
		Map<Long, String> unitNames = new LinkedHashMap<>();
		units.forEach(u -> unitNames.put(u.id(), u.name()));
		model.addAttribute("methodology", this.knowledge.list(actor, Scope.PMO, null));
		model.addAttribute("unitPages", this.knowledge.unitPages(actor));
		model.addAttribute("unitNames", unitNames);
		model.addAttribute("units", units);
		model.addAttribute("isPmo", actor.isPortfolioWide());
		model.addAttribute("pageForm", form);
		return "knowledge/home";
	}

	@GetMapping("/projects/{id}/knowledge")
	String project(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		PageForm form = new PageForm();
		form.setScope(Scope.PROJECT);
		form.setScopeId(id);
		return showProject(actor, id, form, model);
	}

	private String showProject(Actor actor, long id, PageForm form, Model model) {
		ProjectSummary project = this.access.project(actor, id).orElseThrow(() -> new NotFoundException("project", id));
		model.addAttribute("project", project);
		model.addAttribute("pagesOfProject", this.knowledge.list(actor, Scope.PROJECT, id));
		model.addAttribute("mayEdit", this.access.mayEdit(actor, Scope.PROJECT, id));
		model.addAttribute("pageForm", form);
		return "knowledge/project";
	}

	@PostMapping("/knowledge")
	String create(@Valid @ModelAttribute("pageForm") PageForm form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			KnowledgePage p = this.knowledge.create(actor, form.getScope(), form.getScopeId(), form.draft());
			this.pages.saved(flash, "knowledge.saved.created", p.title());
			return "redirect:/knowledge/pages/" + p.id();
		}, () -> form.getScope() == Scope.PROJECT && form.getScopeId() != null
				? showProject(actor, form.getScopeId(), form, model) : showHome(actor, form, model));
	}

	@GetMapping("/knowledge/pages/{id}")
	String page(@PathVariable long id, @RequestParam(required = false) Integer revision, Model model) {
		Actor actor = CurrentActor.require();
		KnowledgePage page = this.knowledge.page(actor, id);
		return showPage(actor, page, revision, PageForm.of(page), model);
	}

	private String showPage(Actor actor, KnowledgePage page, Integer revision, PageForm form, Model model) {
		PageRevision shown = revision == null ? null : this.knowledge.revision(actor, page.id(), revision);
		List<PageRevision> history = this.knowledge.history(actor, page.id());
		Map<Long, String> authors = new LinkedHashMap<>();
		this.people.findAll(history.stream().map(PageRevision::authorId).distinct().toList())
			.forEach((pid, p) -> authors.put(pid, p.displayName()));
		model.addAttribute("page", page);
		model.addAttribute("shown", shown);
		model.addAttribute("html", this.knowledge.html(actor, page, shown == null ? page.body() : shown.body()));
		model.addAttribute("history", history);
		model.addAttribute("authors", authors);
		model.addAttribute("owner", this.access.ownerName(actor, page.scope(), page.scopeId()));
		model.addAttribute("mayEdit", shown == null && this.access.mayEdit(actor, page.scope(), page.scopeId()));
		model.addAttribute("pageForm", form);
		return "knowledge/page";
	}

	@PostMapping("/knowledge/pages/{id}")
	String edit(@PathVariable long id, @Valid @ModelAttribute("pageForm") PageForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			KnowledgePage p = this.knowledge.edit(actor, id, form.getVersion(), Change.to(form.draft()),
					form.getNote());
			this.pages.saved(flash, "knowledge.saved.edited", p.title());
			return "redirect:/knowledge/pages/" + id;
		}, () -> showPage(actor, this.knowledge.page(actor, id), null, form, model));
	}

	@GetMapping("/knowledge/pages/{id}/diff")
	String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
		Actor actor = CurrentActor.require();
		KnowledgePage page = this.knowledge.page(actor, id);
		model.addAttribute("page", page);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("lines", this.knowledge.diff(actor, id, from, to));
		return "knowledge/diff";
	}

}
