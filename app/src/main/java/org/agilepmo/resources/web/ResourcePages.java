package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.ProjectCatalogue;
import jakarta.validation.Valid;
import org.agilepmo.resources.internal.Allocation;
import org.agilepmo.resources.internal.AllocationService;
import org.agilepmo.resources.internal.CompositionService;
import org.agilepmo.resources.internal.LanguageLevel;
import org.agilepmo.resources.internal.LoadKind;
import org.agilepmo.resources.internal.ResourceAccess;
import org.agilepmo.resources.internal.ResourceService;
import org.agilepmo.resources.internal.ResourceViews;
import org.agilepmo.resources.internal.Target;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resource profiles on pages (the list, one profile with its skills, languages, rates,
 * leave and allocations, and the manager's small forms), squads' composition with their
 * gaps, and a competency centre's page.
 */
@Controller
class ResourcePages {

	private final ResourceViews views;

	private final ResourceService resources;

	private final AllocationService allocations;

	private final CompositionService composition;

	private final ResourceAccess access;

	private final ProjectCatalogue projects;

	private final OrganisationDirectory organisation;

	private final Pages pages;

	private final People people;

	ResourcePages(ResourceViews views, ResourceService resources, AllocationService allocations,
			CompositionService composition, ResourceAccess access, ProjectCatalogue projects,
			OrganisationDirectory organisation, Pages pages, People people) {
		this.people = people;
		this.views = views;
		this.resources = resources;
		this.allocations = allocations;
		this.composition = composition;
		this.access = access;
		this.projects = projects;
		this.organisation = organisation;
		this.pages = pages;
	}

	@GetMapping("/resources")
	String list(@RequestParam(required = false) Long centre, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("resources", this.views.list(actor, centre));
		model.addAttribute("centres", this.organisation.ofType(UnitType.COMPETENCY_CENTRE));
		model.addAttribute("centre", centre);
		model.addAttribute("headed", this.access.centresHeadedBy(actor));
		return "resources/list";
	}

	@GetMapping("/resources/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		org.agilepmo.resources.internal.ResourceView view = this.views.get(actor, id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("pattern")) {
			model.addAttribute("pattern", PatternForm.of(view.resource()));
		}
		model.addAttribute("skills", this.resources.skills());
		model.addAttribute("languageLevels", LanguageLevel.values());
		model.addAttribute("loadKinds", LoadKind.values());
		model.addAttribute("projects",
				this.projects.listVisible(actor).stream().filter(p -> actor.clears(p.classification())).toList());
		model.addAttribute("squads", this.organisation.ofType(UnitType.SQUAD));
		return "resources/profile";
	}

	@PostMapping("/resources/{id}/skills")
	String rateSkill(@PathVariable long id, @RequestParam long skillId, @RequestParam int proficiency,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/" + id, "resources.saved",
				() -> this.resources.rateSkill(CurrentActor.require(), id, skillId, proficiency));
	}

	@PostMapping("/resources/{id}/languages")
	String rateLanguage(@PathVariable long id, @RequestParam String language, @RequestParam LanguageLevel level,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/" + id, "resources.saved",
				() -> this.resources.rateLanguage(CurrentActor.require(), id, language, level));
	}

	@PostMapping("/resources/{id}/leave")
	String addLeave(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/" + id, "resources.saved",
				() -> this.resources.addLeave(CurrentActor.require(), id, firstDay, lastDay, reason));
	}

	@PostMapping("/resources/{id}/rates")
	String addRate(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String currency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/" + id, "resources.saved",
				() -> this.resources.addRate(CurrentActor.require(), id, amount, currency, validFrom, validTo));
	}

	@PostMapping("/resources/{id}/allocations")
	String allocate(@PathVariable long id, @RequestParam(required = false) String target,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
			@RequestParam(required = false) LoadKind loadKind, @RequestParam(required = false) BigDecimal loadValue,
			RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/" + id, "resources.saved", () -> this.allocations
			.allocate(CurrentActor.require(), id, TargetChoice.parse(target), firstDay, lastDay, loadKind, loadValue));
	}

	@PostMapping("/resources/{id}/pattern")
	String pattern(@PathVariable long id, @Valid @ModelAttribute("pattern") PatternForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		return this.pages.submit(binding, model, () -> {
			this.resources.revise(CurrentActor.require(), id, form.getVersion(), form.change());
			this.pages.saved(flash, "resources.saved");
			return "redirect:/resources/" + id;
		}, () -> show(id, model));
	}

	@GetMapping("/resources/{id}/allocations/{allocationId}")
	String allocation(@PathVariable long id, @PathVariable long allocationId, Model model) {
		Allocation allocation = allocationOf(id, allocationId);
		if (!model.containsAttribute("allocationForm")) {
			model.addAttribute("allocationForm", AllocationForm.of(allocation));
		}
		model.addAttribute("view", this.views.get(CurrentActor.require(), id));
		model.addAttribute("allocation", allocation);
		model.addAttribute("loadKinds", LoadKind.values());
		return "resources/allocation";
	}

	@PostMapping("/resources/{id}/allocations/{allocationId}")
	String reviseAllocation(@PathVariable long id, @PathVariable long allocationId,
			@Valid @ModelAttribute("allocationForm") AllocationForm form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		allocationOf(id, allocationId);
		return this.pages.submit(binding, model, () -> {
			this.allocations.revise(CurrentActor.require(), allocationId, form.getVersion(), form.getFirstDay(),
					form.getLastDay(), form.getLoadKind(), form.getLoadValue());
			this.pages.saved(flash, "resources.saved");
			return "redirect:/resources/" + id;
		}, () -> allocation(id, allocationId, model));
	}

	@PostMapping("/resources/{id}/allocations/{allocationId}/end")
	String endAllocation(@PathVariable long id, @PathVariable long allocationId, @RequestParam long version,
			RedirectAttributes flash) {
		allocationOf(id, allocationId);
		return this.pages.act(flash, "/resources/" + id, "resources.allocation.ended",
				() -> this.allocations.end(CurrentActor.require(), allocationId, version, LocalDate.now()));
	}

	/**
	 * The allocation, when it is the resource's and the reader may see it; 404 otherwise.
	 */
	private Allocation allocationOf(long id, long allocationId) {
		Allocation allocation = this.allocations.visible(CurrentActor.require(), allocationId);
		if (allocation.resourceId() != id) {
			throw new org.agilepmo.shared.NotFoundException("allocation", allocationId);
		}
		return allocation;
	}

	@GetMapping("/resources/composition")
	String composition(@RequestParam(required = false) Long tribe, Model model) {
		model.addAttribute("compositions", this.composition.all(tribe, LocalDate.now()));
		model.addAttribute("tribes", this.organisation.ofType(UnitType.TRIBE));
		model.addAttribute("tribe", tribe);
		return "resources/composition";
	}

	@GetMapping("/resources/squads/{id}")
	String squad(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("composition", this.composition.of(id, LocalDate.now()));
		model.addAttribute("skills", this.resources.skills());
		model.addAttribute("mayEdit", actor.isPortfolioWide() || this.access.isSquadMember(actor, id));
		return "resources/squad";
	}

	@PostMapping("/resources/squads/{id}/targets")
	String setTarget(@PathVariable long id, @RequestParam long skillId, @RequestParam int minLevel,
			@RequestParam int headcount, RedirectAttributes flash) {
		return this.pages.act(flash, "/resources/squads/" + id, "resources.saved",
				() -> this.composition.setTarget(CurrentActor.require(), id, skillId, minLevel, headcount, null));
	}

	@GetMapping("/resources/centres/{unitId}")
	String centre(@PathVariable long unitId, Model model) {
		Actor actor = CurrentActor.require();
		OrgUnitSummary centre = this.access.centre(unitId);
		model.addAttribute("centre", centre);
		model.addAttribute("headName",
				this.resources.centreOf(unitId)
					.map(c -> c.headPersonId())
					.flatMap(this.people::find)
					.map(PersonSummary::displayName)
					.orElse(null));
		model.addAttribute("people", this.views.list(actor, unitId));
		model.addAttribute("gaps", this.composition.gapsForCentre(unitId, LocalDate.now()));
		return "resources/centre";
	}

	/** A project or a squad chosen in one list: {@code project:12} or {@code squad:7}. */
	static final class TargetChoice {

		private TargetChoice() {
		}

		static Target parse(String value) {
			if (value != null && value.startsWith("project:") && value.substring(8).matches("\\d{1,18}")) {
				return Target.of(Long.parseLong(value.substring(8)), null);
			}
			if (value != null && value.startsWith("squad:") && value.substring(6).matches("\\d{1,18}")) {
				return Target.of(null, Long.parseLong(value.substring(6)));
			}
			return Target.of(null, null);
		}

	}

}
