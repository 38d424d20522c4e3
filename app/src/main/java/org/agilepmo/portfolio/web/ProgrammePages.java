package org.agilepmo.portfolio.web;

import jakarta.validation.Valid;
import org.agilepmo.identity.People;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProgrammeView;
import org.agilepmo.portfolio.internal.ProjectFilter;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

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

/** The programme pages: one programme with its projects, and the new and edit forms. */
@Controller
class ProgrammePages {

	private final PortfolioService portfolios;

	private final ProjectService projects;

	private final People people;

	private final Pages pages;

	ProgrammePages(PortfolioService portfolios, ProjectService projects, People people, Pages pages) {
		this.pages = pages;
		this.portfolios = portfolios;
		this.projects = projects;
		this.people = people;
	}

	@GetMapping("/programmes/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ProgrammeView programme = this.portfolios.programme(actor, id);
		model.addAttribute("programme", programme);
		model.addAttribute("projects",
				this.projects.search(actor,
						new ProjectFilter(programme.portfolioId(), id, null, null, null, null, null, null, null),
						PageRequest.of(0, Sorting.MAX_PAGE_SIZE, Sort.by("code", "id"))));
		return "portfolio/programme";
	}

	@GetMapping("/programmes/new")
	String create(@RequestParam long portfolio, Model model) {
		PortfolioView owner = this.portfolios.portfolio(CurrentActor.require(), portfolio);
		if (!owner.mayManageProgrammes()) {
			throw new AccessDeniedException("may not create programmes in portfolio " + portfolio);
		}
		ProgrammeForm form = new ProgrammeForm();
		form.setPortfolioId(portfolio);
		return form(model, form, owner, null);
	}

	@PostMapping("/programmes")
	String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model) {
		Actor actor = CurrentActor.require();
		PortfolioView owner = form.getPortfolioId() == null ? null
				: this.portfolios.portfolio(actor, form.getPortfolioId());
		return this.pages.submit(binding, model,
				() -> "redirect:/programmes/" + this.portfolios.createProgramme(actor, form.toDraft()).id(),
				() -> form(model, form, owner, null));
	}

	@GetMapping("/programmes/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ProgrammeView programme = this.portfolios.programme(actor, id);
		if (!programme.mayEdit()) {
			throw new AccessDeniedException("may not change programme " + id);
		}
		return form(model, ProgrammeForm.of(programme), this.portfolios.portfolio(actor, programme.portfolioId()),
				programme);
	}

	@PostMapping("/programmes/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding,
			Model model) {
		Actor actor = CurrentActor.require();
		ProgrammeView programme = this.portfolios.programme(actor, id);
		PortfolioView owner = this.portfolios.portfolio(actor, programme.portfolioId());
		form.setPortfolioId(programme.portfolioId());
		return this.pages.submit(binding, model, () -> {
			this.portfolios.editProgramme(actor, id, form.getVersion() == null ? -1 : form.getVersion(),
					form.toDraft());
			return "redirect:/programmes/" + id;
		}, () -> form(model, form, owner, programme));
	}

	private String form(Model model, ProgrammeForm form, PortfolioView owner, ProgrammeView programme) {
		model.addAttribute("form", form);
		model.addAttribute("owner", owner);
		model.addAttribute("programme", programme);
		model.addAttribute("people",
				this.people.listEnabled().stream().map(p -> new Option(p.id(), p.displayName())).toList());
		return "portfolio/programme-form";
	}

}
