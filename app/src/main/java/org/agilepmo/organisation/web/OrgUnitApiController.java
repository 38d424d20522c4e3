package org.agilepmo.organisation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.OrganisationManagement.UnitChange;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisation/units")
@Tag(name = "Organisation", description = "Directorates, units, tribes, squads and competency centres")
class OrgUnitApiController {

	private final OrganisationManagement organisation;

	OrgUnitApiController(OrganisationManagement organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	@Operation(summary = "All units, by name; filter by type")
	List<OrgUnitSummary> list(@RequestParam(required = false) UnitType type) {
		return this.organisation.all().stream().filter(u -> type == null || u.type() == type).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit with its members and child units")
	ResponseEntity<OrgUnitDetails> get(@PathVariable long id) {
		return ETags.ok(this.organisation.details(id), OrgUnitDetails::version);
	}

	@PostMapping
	@Operation(summary = "Create a unit (administrators)")
	ResponseEntity<OrgUnitDetails> create(@Valid @RequestBody CreateUnit body) {
		OrgUnitDetails created = this.organisation
			.create(new NewUnit(body.code(), body.name(), body.type(), body.parentId(), body.description()));
		return ETags.created("/api/v1/organisation/units/" + created.id(), created, created.version());
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rename, describe or move a unit (administrators); needs If-Match")
	ResponseEntity<OrgUnitDetails> update(@PathVariable long id, @Valid @RequestBody ChangeUnit body,
			@IfMatch long version) {
		OrgUnitDetails updated = this.organisation.update(id, version, new UnitChange(body.name(), body.description(),
				body.parentId(), Boolean.TRUE.equals(body.moveToTop())));
		return ETags.ok(updated, OrgUnitDetails::version);
	}

	@PutMapping("/{id}/members/{personId}")
	@Operation(summary = "Add a person to a unit (administrators)")
	ResponseEntity<OrgUnitDetails> addMember(@PathVariable long id, @PathVariable long personId) {
		return ETags.ok(this.organisation.addMember(id, personId), OrgUnitDetails::version);
	}

	@DeleteMapping("/{id}/members/{personId}")
	@Operation(summary = "Remove a person from a unit (administrators)")
	ResponseEntity<OrgUnitDetails> removeMember(@PathVariable long id, @PathVariable long personId) {
		return ETags.ok(this.organisation.removeMember(id, personId), OrgUnitDetails::version);
	}

	record CreateUnit(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,19}") String code,
			@NotBlank @Size(max = 200) String name, @NotNull UnitType type, Long parentId,
			@Size(max = 2000) String description) {
	}

	record ChangeUnit(@Size(min = 1, max = 200) String name, @Size(max = 2000) String description, Long parentId,
			Boolean moveToTop) {
	}

}
