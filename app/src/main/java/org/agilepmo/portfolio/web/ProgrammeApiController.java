package org.agilepmo.portfolio.web;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.ProgrammeView;
import org.agilepmo.portfolio.web.PortfolioResources.NewProgramme;
import org.agilepmo.portfolio.web.PortfolioResources.ProgrammePatch;
import org.agilepmo.portfolio.web.PortfolioResources.ProgrammeResource;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programmes over HTTP; a programme is visible when its portfolio is. */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Programmes within portfolios")
class ProgrammeApiController {

	static final Set<String> SORTABLE = Set.of("code", "name", "createdAt", "updatedAt");

	private final PortfolioService portfolios;

	ProgrammeApiController(PortfolioService portfolios) {
		this.portfolios = portfolios;
	}

	@GetMapping
	@Operation(summary = "List the programmes the caller may see")
	PageResponse<ProgrammeResource> list(@RequestParam(required = false) Long portfolio,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(this.portfolios.programmes(CurrentActor.require(), portfolio, q,
				Sorting.pageable(page, size, sort, SORTABLE, "name")), ProgrammeResource::of);
	}

	@PostMapping
	@Operation(summary = "Create a programme",
			description = "Administrators, PMO officers and managers of the portfolio.")
	ResponseEntity<ProgrammeResource> create(@Valid @RequestBody NewProgramme request) {
		ProgrammeView created = this.portfolios.createProgramme(CurrentActor.require(), request.toDraft());
		return ETags.created("/api/v1/programmes/" + created.id(), ProgrammeResource.of(created), created.version());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one programme")
	ResponseEntity<ProgrammeResource> get(@PathVariable long id) {
		ProgrammeView view = this.portfolios.programme(CurrentActor.require(), id);
		return ETags.ok(ProgrammeResource.of(view), view.version());
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a programme",
			description = "Administrators, PMO officers and managers of the portfolio. Needs If-Match.")
	ResponseEntity<ProgrammeResource> patch(@PathVariable long id, @Valid @RequestBody ProgrammePatch patch,
			@IfMatch long version) {
		ProgrammeView changed = this.portfolios.editProgramme(CurrentActor.require(), id, version, patch);
		return ETags.ok(ProgrammeResource.of(changed), changed.version());
	}

}
