package org.agilepmo.organisation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agilepmo.identity.People;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.OrganisationManagement.UnitChange;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.web.Pages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation chart, a unit's page, and the administrators' forms. */
@Controller
class OrganisationController {

	private final OrganisationManagement organisation;

	private final People people;

	private final Pages pages;

	OrganisationController(OrganisationManagement organisation, People people, Pages pages) {
		this.pages = pages;
		this.organisation = organisation;
		this.people = people;
	}

	@GetMapping("/organisation")
	String chart(Model model) {
		List<OrgUnitSummary> all = this.organisation.all();
		Map<Long, List<OrgUnitSummary>> children = new LinkedHashMap<>();
		List<OrgUnitSummary> roots = new ArrayList<>();
		for (OrgUnitSummary unit : all) {
			if (unit.parentId() == null) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
		}
		model.addAttribute("roots", roots);
		model.addAttribute("children", children);
		return "organisation/chart";
	}

	@GetMapping("/organisation/units/{id}")
	String unit(@PathVariable long id, Model model) {
		model.addAttribute("unit", this.organisation.details(id));
		model.addAttribute("people", this.people.listEnabled());
		return "organisation/unit";
	}

	@GetMapping("/organisation/units/new")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String newUnit(@RequestParam(required = false) Long parent, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parent);
		return form(model, form, null);
	}

	@PostMapping("/organisation/units/new")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model) {
		return this.pages.submit(errors, model, () -> {
			OrgUnitDetails created = this.organisation.create(new NewUnit(form.getCode(), form.getName(),
					form.getType(), form.getParentId(), form.getDescription()));
			return "redirect:/organisation/units/" + created.id();
		}, () -> form(model, form, null));
	}

	@GetMapping("/organisation/units/{id}/edit")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String edit(@PathVariable long id, Model model) {
		OrgUnitDetails unit = this.organisation.details(id);
		UnitForm form = new UnitForm();
		form.setCode(unit.code());
		form.setName(unit.name());
		form.setType(unit.type());
		form.setParentId(unit.parentId());
		form.setDescription(unit.description());
		form.setVersion(unit.version());
		return form(model, form, unit);
	}

	@PostMapping("/organisation/units/{id}/edit")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model) {
		OrgUnitDetails current = this.organisation.details(id);
		return this.pages.submit(errors, model, () -> {
			this.organisation.update(id, form.getVersion(),
					new UnitChange(form.getName(), form.getDescription() == null ? "" : form.getDescription(),
							form.getParentId(), form.getParentId() == null));
			return "redirect:/organisation/units/" + id;
		}, () -> form(model, form, current));
	}

	@PostMapping("/organisation/units/{id}/members")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String addMember(@PathVariable long id, @RequestParam long personId) {
		this.organisation.addMember(id, personId);
		return "redirect:/organisation/units/" + id;
	}

	@PostMapping("/organisation/units/{id}/members/{personId}/remove")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String removeMember(@PathVariable long id, @PathVariable long personId) {
		this.organisation.removeMember(id, personId);
		return "redirect:/organisation/units/" + id;
	}

	private String form(Model model, UnitForm form, OrgUnitDetails existing) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("types", UnitType.values());
		model.addAttribute("parents", this.organisation.all());
		return "organisation/form";
	}

	/** What the unit form edits. */
	public static class UnitForm {

		@NotBlank
		@Size(max = 20)
		private String code;

		@NotBlank
		@Size(max = 200)
		private String name;

		@NotNull
		private UnitType type;

		private Long parentId;

		@Size(max = 2000)
		private String description;

		private long version;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public UnitType getType() {
			return this.type;
		}

		public void setType(UnitType type) {
			this.type = type;
		}

		public Long getParentId() {
			return this.parentId;
		}

		public void setParentId(Long parentId) {
			this.parentId = parentId;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
