package org.agilepmo.portfolio.web;

import java.net.URI;
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
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
		return ResponseEntity.created(URI.create("/api/v1/portfolios/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(PortfolioResource.of(created));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one portfolio")
	ResponseEntity<PortfolioResource> get(@PathVariable long id) {
		PortfolioView view = this.portfolios.portfolio(CurrentActor.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(PortfolioResource.of(view));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a portfolio", description = "Administrators and PMO officers. Needs If-Match.")
	ResponseEntity<PortfolioResource> patch(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody PortfolioPatch patch) {
		long version = ETags.requireVersion(ifMatch);
		Actor actor = CurrentActor.require();
		PortfolioView current = this.portfolios.portfolio(actor, id);
		PortfolioView changed = this.portfolios.editPortfolio(actor, id, version, patch.applyTo(current));
		return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(PortfolioResource.of(changed));
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The people holding a role on a portfolio")
	ResponseEntity<List<PortfolioMemberResource>> members(@PathVariable long id) {
		return members(this.portfolios.portfolio(CurrentActor.require(), id));
	}

	@PutMapping("/{id}/members/{personId}")
	@Operation(summary = "Give a person a role on a portfolio",
			description = "Administrators and PMO officers. Replaces the person's role. Needs If-Match.")
	ResponseEntity<List<PortfolioMemberResource>> assign(@PathVariable long id, @PathVariable long personId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody PortfolioMemberRequest request) {
		long version = ETags.requireVersion(ifMatch);
		return members(this.portfolios.assignRole(CurrentActor.require(), id, version, personId, request.role()));
	}

	@DeleteMapping("/{id}/members/{personId}")
	@Operation(summary = "Take a person's role on a portfolio away",
			description = "Administrators and PMO officers. Needs If-Match.")
	ResponseEntity<List<PortfolioMemberResource>> remove(@PathVariable long id, @PathVariable long personId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = ETags.requireVersion(ifMatch);
		return members(this.portfolios.assignRole(CurrentActor.require(), id, version, personId, null));
	}

	private static ResponseEntity<List<PortfolioMemberResource>> members(PortfolioView view) {
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(PortfolioMemberResource.of(view));
	}

}
