package org.agilepmo.resources.web;

import java.util.List;

import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.resources.internal.LanguageLevel;
import org.agilepmo.resources.internal.LoadKind;
import org.agilepmo.resources.internal.RequestView;
import org.agilepmo.resources.internal.ResourceService;
import org.agilepmo.resources.internal.StaffingService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.ScreeningLevel;
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
 * Staffing requests on pages: the list, asking for a person, and one request with its
 * ranked candidates (to whoever answers it) and the workflow's buttons for each side.
 */
@Controller
class StaffingPages {

	private final StaffingService staffing;

	private final ResourceService resources;

	private final ProjectCatalogue projects;

	private final OrganisationDirectory organisation;

	private final Pages pages;

	StaffingPages(StaffingService staffing, ResourceService resources, ProjectCatalogue projects,
			OrganisationDirectory organisation, Pages pages) {
		this.staffing = staffing;
		this.resources = resources;
		this.projects = projects;
		this.organisation = organisation;
		this.pages = pages;
	}

	@GetMapping("/resources/requests")
	String list(@RequestParam(defaultValue = "false") boolean open, Model model) {
		model.addAttribute("requests", this.staffing.list(CurrentActor.require(), open));
		model.addAttribute("open", open);
		return "resources/requests";
	}

	@GetMapping("/resources/requests/new")
	String create(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Long squadId,
			Model model) {
		RequestForm form = new RequestForm();
		form.setProjectId(projectId);
		form.setSquadId(squadId);
		return form(model, form);
	}

	@PostMapping("/resources/requests")
	String ask(@ModelAttribute("form") RequestForm form, BindingResult binding, Model model) {
		return this.pages.submit(binding, model,
				() -> "redirect:/resources/requests/" + this.staffing.ask(CurrentActor.require(), form.toDraft()).id(),
				() -> form(model, form));
	}

	@GetMapping("/resources/requests/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		RequestView view = this.staffing.get(actor, id);
		model.addAttribute("view", view);
		model.addAttribute("candidates",
				view.mayAnswer()
						&& view.request().state().next().contains(org.agilepmo.resources.internal.RequestState.PROPOSED)
								? this.staffing.candidates(actor, id) : List.of());
		return "resources/request";
	}

	@PostMapping("/resources/requests/{id}/proposal")
	String propose(@PathVariable long id, @RequestParam long version, @RequestParam long resourceId,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/requests/" + id, "resources.request.proposed",
				() -> this.staffing.propose(CurrentActor.require(), id, version, resourceId, reason));
	}

	@PostMapping("/resources/requests/{id}/acceptance")
	String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/requests/" + id, "resources.request.accepted",
				() -> this.staffing.accept(CurrentActor.require(), id, version));
	}

	@PostMapping("/resources/requests/{id}/decline")
	String decline(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/requests/" + id, "resources.request.declined",
				() -> this.staffing.decline(CurrentActor.require(), id, version, reason));
	}

	@PostMapping("/resources/requests/{id}/cancellation")
	String cancel(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/requests/" + id, "resources.request.cancelled",
				() -> this.staffing.cancel(CurrentActor.require(), id, version, reason));
	}

	@PostMapping("/resources/requests/{id}/fulfilment")
	String fulfil(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/requests/" + id, "resources.request.fulfilled",
				() -> this.staffing.fulfil(CurrentActor.require(), id, version));
	}

	private String form(Model model, RequestForm form) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("projects",
				this.projects.listVisible(actor).stream().filter(p -> this.projects.mayEdit(p.id(), actor)).toList());
		model.addAttribute("squads", this.organisation.ofType(UnitType.SQUAD));
		model.addAttribute("centres", this.organisation.ofType(UnitType.COMPETENCY_CENTRE));
		model.addAttribute("skills", this.resources.skills());
		model.addAttribute("languageLevels", LanguageLevel.values());
		model.addAttribute("screenings", ScreeningLevel.values());
		model.addAttribute("loadKinds", LoadKind.values());
		return "resources/request-form";
	}

}
