package org.agilepmo.portfolio.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.web.PortfolioResources.NewPortfolio;
import org.agilepmo.portfolio.web.PortfolioResources.PortfolioMemberRequest;
import org.agilepmo.portfolio.web.PortfolioResources.PortfolioMemberResource;
import org.agilepmo.portfolio.web.PortfolioResources.PortfolioPatch;
import org.agilepmo.portfolio.web.PortfolioResources.PortfolioResource;
import org.agilepmo.shared.CurrentActor;
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

/** Portfolios and the roles people hold on them, over HTTP. */
@RestController
@RequestMapping("/api/v1/portfolios")
@Tag(name = "Portfolios", description = "Portfolios and portfolio roles")
class PortfolioApiController {

	static final Set<String> SORTABLE = Set.of("code", "name", "createdAt", "updatedAt");

	private final PortfolioService portfolios;

	PortfolioApiController(PortfolioService portfolios) {
		this.portfolios = portfolios;
	}

	@GetMapping
	@Operation(summary = "List the portfolios the caller may see",
			description = "Visible portfolio-wide, to holders of a role on it, and to anyone who may see one of its projects.")
	PageResponse<PortfolioResource> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(this.portfolios.portfolios(CurrentActor.require(), q,
				Sorting.pageable(page, size, sort, SORTABLE, "name")), PortfolioResource::of);
	}

	@PostMapping
	@Operation(summary = "Create a portfolio", description = "Administrators and PMO officers.")
	ResponseEntity<PortfolioResource> create(@Valid @RequestBody NewPortfolio request) {
		PortfolioView created = this.portfolios.createPortfolio(CurrentActor.require(), request.toDraft());
		return ETags.created("/api/v1/portfolios/" + created.id(), PortfolioResource.of(created), created.version());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one portfolio")
	ResponseEntity<PortfolioResource> get(@PathVariable long id) {
		PortfolioView view = this.portfolios.portfolio(CurrentActor.require(), id);
		return ETags.ok(PortfolioResource.of(view), view.version());
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a portfolio", description = "Administrators and PMO officers. Needs If-Match.")
	ResponseEntity<PortfolioResource> patch(@PathVariable long id, @Valid @RequestBody PortfolioPatch patch,
			@IfMatch long version) {
		PortfolioView changed = this.portfolios.editPortfolio(CurrentActor.require(), id, version, patch);
		return ETags.ok(PortfolioResource.of(changed), changed.version());
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The people holding a role on a portfolio")
	ResponseEntity<List<PortfolioMemberResource>> members(@PathVariable long id) {
		return ETags.ok(this.portfolios.portfolio(CurrentActor.require(), id), PortfolioView::version,
				PortfolioMemberResource::of);
	}

	@PutMapping("/{id}/members/{personId}")
	@Operation(summary = "Give a person a role on a portfolio",
			description = "Administrators and PMO officers. Replaces the person's role. Needs If-Match.")
	ResponseEntity<List<PortfolioMemberResource>> assign(@PathVariable long id, @PathVariable long personId,
			@Valid @RequestBody PortfolioMemberRequest request, @IfMatch long version) {
		return ETags.ok(this.portfolios.assignRole(CurrentActor.require(), id, version, personId, request.role()),
				PortfolioView::version, PortfolioMemberResource::of);
	}

	@DeleteMapping("/{id}/members/{personId}")
	@Operation(summary = "Take a person's role on a portfolio away",
			description = "Administrators and PMO officers. Needs If-Match.")
	ResponseEntity<List<PortfolioMemberResource>> remove(@PathVariable long id, @PathVariable long personId,
			@IfMatch long version) {
		return ETags.ok(this.portfolios.assignRole(CurrentActor.require(), id, version, personId, null),
				PortfolioView::version, PortfolioMemberResource::of);
	}

}
