package org.agilepmo.portfolio.web;

import jakarta.validation.Valid;
import org.agilepmo.identity.People;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProjectFilter;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.web.Pages;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;

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

/**
 * The portfolio pages: the list, one portfolio with its programmes and projects, forms.
 */
@Controller
class PortfolioPages {

	private final PortfolioService portfolios;

	private final ProjectService projects;

	private final People people;

	private final Pages pages;

	PortfolioPages(PortfolioService portfolios, ProjectService projects, People people, Pages pages) {
		this.portfolios = portfolios;
		this.projects = projects;
		this.people = people;
		this.pages = pages;
	}

	@GetMapping("/portfolios")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("page",
				this.portfolios.portfolios(actor, q, PageRequest.of(Math.max(0, page), 50, Sort.by("name", "id"))));
		model.addAttribute("q", q);
		model.addAttribute("mayCreate",
				org.agilepmo.portfolio.internal.PortfolioAccessPolicy.mayManagePortfolios(actor));
		return "portfolio/portfolios";
	}

	@GetMapping("/portfolios/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		PortfolioView portfolio = this.portfolios.portfolio(actor, id);
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("programmes", this.portfolios.programmesOf(actor, id));
		model.addAttribute("projects", this.projects.search(actor, ProjectFilter.inPortfolio(id),
				PageRequest.of(0, Sorting.MAX_PAGE_SIZE, Sort.by("code", "id"))));
		if (portfolio.mayManage()) {
			model.addAttribute("people",
					this.people.listEnabled().stream().map(p -> new Option(p.id(), p.displayName())).toList());
			model.addAttribute("roles", PortfolioRole.values());
		}
		return "portfolio/portfolio";
	}

	@GetMapping("/portfolios/new")
	String create(Model model) {
		requireManager();
		model.addAttribute("form", new PortfolioForm());
		return "portfolio/portfolio-form";
	}

	@PostMapping("/portfolios")
	String create(@Valid @ModelAttribute("form") PortfolioForm form, BindingResult binding, Model model) {
		requireManager();
		return this.pages.submit(binding, model,
				() -> "redirect:/portfolios/"
						+ this.portfolios.createPortfolio(CurrentActor.require(), form.toDraft()).id(),
				() -> "portfolio/portfolio-form");
	}

	@GetMapping("/portfolios/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PortfolioView portfolio = this.portfolios.portfolio(CurrentActor.require(), id);
		requireManager();
		model.addAttribute("form", PortfolioForm.of(portfolio));
		model.addAttribute("portfolio", portfolio);
		return "portfolio/portfolio-form";
	}

	@PostMapping("/portfolios/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") PortfolioForm form, BindingResult binding,
			Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("portfolio", this.portfolios.portfolio(actor, id));
		requireManager();
		return this.pages.submit(binding, model, () -> {
			this.portfolios.editPortfolio(actor, id, form.getVersion() == null ? -1 : form.getVersion(),
					form.toDraft());
			return "redirect:/portfolios/" + id;
		}, () -> "portfolio/portfolio-form");
	}

	@PostMapping("/portfolios/{id}/members")
	String assign(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) PortfolioRole role, @RequestParam long version, Model model) {
		return this.pages.attempt(model, () -> {
			if (personId == null || role == null) {
				throw new RuleViolationException(personId == null ? "personId" : "role", "portfolio.error.required",
						"person and role are required");
			}
			this.portfolios.assignRole(CurrentActor.require(), id, version, personId, role);
			return "redirect:/portfolios/" + id + "#members";
		}, () -> show(id, model));
	}

	@PostMapping("/portfolios/{id}/members/{personId}/remove")
	String remove(@PathVariable long id, @PathVariable long personId, @RequestParam long version, Model model) {
		return this.pages.attempt(model, () -> {
			this.portfolios.assignRole(CurrentActor.require(), id, version, personId, null);
			return "redirect:/portfolios/" + id + "#members";
		}, () -> show(id, model));
	}

	private static void requireManager() {
		if (!org.agilepmo.portfolio.internal.PortfolioAccessPolicy.mayManagePortfolios(CurrentActor.require())) {
			throw new AccessDeniedException("may not manage portfolios");
		}
	}

}
