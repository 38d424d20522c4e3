package org.agilepmo.risk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.risk.internal.ActionService;
import org.agilepmo.risk.internal.Decision;
import org.agilepmo.risk.internal.DecisionService;
import org.agilepmo.risk.internal.DecisionService.DecisionDraft;
import org.agilepmo.risk.internal.Issue;
import org.agilepmo.risk.internal.IssueService;
import org.agilepmo.risk.internal.IssueService.IssueDraft;
import org.agilepmo.risk.internal.MatrixService;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.Rating;
import org.agilepmo.risk.internal.RegisterReviewService;
import org.agilepmo.risk.internal.RegisterScope;
import org.agilepmo.risk.internal.RegisterViews;
import org.agilepmo.risk.internal.Risk;
import org.agilepmo.risk.internal.RiskAction;
import org.agilepmo.risk.internal.RiskDraft;
import org.agilepmo.risk.internal.RiskExchange;
import org.agilepmo.risk.internal.RiskMatrix;
import org.agilepmo.risk.internal.RiskService;
import org.agilepmo.risk.internal.RiskService.RegisterFilter;
import org.agilepmo.risk.internal.RiskStatus;
import org.agilepmo.risk.web.RiskResources.ActionResource;
import org.agilepmo.risk.web.RiskResources.DecisionResource;
import org.agilepmo.risk.web.RiskResources.IssueResource;
import org.agilepmo.risk.web.RiskResources.PageResponse;
import org.agilepmo.risk.web.RiskResources.RatingChangeResource;
import org.agilepmo.risk.web.RiskResources.RiskResource;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.SheetWriter;
import org.agilepmo.web.SheetDownloads;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The risk register over HTTP: risks with their history, issues, actions, decisions, heat
 * maps, exports and imports. Everything follows the project's access rule (404 when it
 * may not be seen); changes of versioned objects need their ETag in If-Match.
 */
@RestController
@Tag(name = "Risk register", description = "Risks, issues, actions, decisions and heat maps")
class RiskApiController {

	private final RiskService risks;

	private final IssueService issues;

	private final ActionService actions;

	private final DecisionService decisions;

	private final RegisterViews views;

	private final RiskExchange exchange;

	private final RegisterReviewService reviews;

	private final MatrixService matrices;

	RiskApiController(RiskService risks, IssueService issues, ActionService actions, DecisionService decisions,
			RegisterViews views, RiskExchange exchange, RegisterReviewService reviews, MatrixService matrices) {
		this.risks = risks;
		this.issues = issues;
		this.actions = actions;
		this.decisions = decisions;
		this.views = views;
		this.exchange = exchange;
		this.reviews = reviews;
		this.matrices = matrices;
	}

	@GetMapping("/api/v1/projects/{id}/risks")
	@Operation(summary = "A project's register, filtered, sorted and paged",
			description = "sort is score (default), title, proximity, category or id; size at most 200.")
	PageResponse<RiskResource> register(@PathVariable long id, @RequestParam(required = false) RiskStatus status,
			@RequestParam(required = false) String category, @RequestParam(required = false) Rating rating,
			@RequestParam(required = false) Nature nature, @RequestParam(required = false) Long owner,
			@RequestParam(required = false) Integer probability, @RequestParam(required = false) Integer impact,
			@RequestParam(defaultValue = "false") boolean residual, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		RiskService.RegisterPage p = this.risks.register(CurrentActor.require(), id,
				new RegisterFilter(status, category, rating, nature, owner, probability, impact, residual, sort), page,
				Math.min(size, 200));
		return new PageResponse<>(p.items().stream().map(RiskResource::of).toList(), p.page(), p.size(), p.totalItems(),
				p.totalPages());
	}

	@GetMapping("/api/v1/programmes/{id}/risks")
	@Operation(summary = "A programme's own register, filtered, sorted and paged",
			description = "The same filters as a project's. Whoever may see the programme; 404 otherwise.")
	PageResponse<RiskResource> programmeRegister(@PathVariable long id,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Rating rating, @RequestParam(required = false) Nature nature,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return page(RegisterScope.programme(id),
				new RegisterFilter(status, category, rating, nature, owner, null, null, false, sort), page, size);
	}

	@PostMapping("/api/v1/programmes/{id}/risks")
	@Operation(summary = "Record a risk of a programme as a whole",
			description = "As a project's risk, rated on the portfolio's matrix. The PMO, the portfolio's managers "
					+ "and the programme's manager. 201 with Location and ETag.")
	ResponseEntity<RiskResource> recordForProgramme(@PathVariable long id, @RequestBody RiskDraft draft) {
		return created(this.risks.record(CurrentActor.require(), RegisterScope.programme(id), draft));
	}

	@GetMapping("/api/v1/portfolios/{id}/risks")
	@Operation(summary = "A portfolio's own register (not its programmes' or projects'), filtered, sorted and paged",
			description = "Whoever may see the portfolio; 404 otherwise. Its top risks and heat map roll up "
					+ "the programmes' and the visible projects' risks as well.")
	PageResponse<RiskResource> portfolioRegister(@PathVariable long id,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Rating rating, @RequestParam(required = false) Nature nature,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return page(RegisterScope.portfolio(id),
				new RegisterFilter(status, category, rating, nature, owner, null, null, false, sort), page, size);
	}

	@PostMapping("/api/v1/portfolios/{id}/risks")
	@Operation(summary = "Record a risk of a portfolio as a whole",
			description = "The PMO and the portfolio's managers. 201 with Location and ETag.")
	ResponseEntity<RiskResource> recordForPortfolio(@PathVariable long id, @RequestBody RiskDraft draft) {
		return created(this.risks.record(CurrentActor.require(), RegisterScope.portfolio(id), draft));
	}

	@GetMapping("/api/v1/portfolios/{id}/risk-cells")
	@Operation(summary = "The open risks a portfolio's heat map counts in one cell",
			description = "probability and impact name the cell; residual=true for the map after the response. "
					+ "Only what the caller may see, as the heat map counts it.")
	List<RiskResource> portfolioCell(@PathVariable long id, @RequestParam int probability, @RequestParam int impact,
			@RequestParam(defaultValue = "false") boolean residual) {
		return this.views.portfolioCell(CurrentActor.require(), id, probability, impact, residual)
			.stream()
			.map(RiskResource::of)
			.toList();
	}

	private PageResponse<RiskResource> page(RegisterScope scope, RegisterFilter filter, int page, int size) {
		RiskService.RegisterPage p = this.risks.register(CurrentActor.require(), scope, filter, Math.max(0, page),
				Math.max(1, Math.min(size, 200)));
		return new PageResponse<>(p.items().stream().map(RiskResource::of).toList(), p.page(), p.size(), p.totalItems(),
				p.totalPages());
	}

	private static ResponseEntity<RiskResource> created(Risk risk) {
		return ETags.created("/api/v1/risks/" + risk.id(), RiskResource.of(risk), risk.version());
	}

	@PostMapping("/api/v1/projects/{id}/risks")
	@Operation(summary = "Record a risk",
			description = "probability 1 to the matrix's size; impact a map of schedule, cost, quality, reputation, "
					+ "security to a level. Whoever may change the project. 201 with Location and ETag.")
	ResponseEntity<RiskResource> record(@PathVariable long id, @RequestBody RiskDraft draft) {
		Risk risk = this.risks.record(CurrentActor.require(), id, draft);
		return ETags.created("/api/v1/risks/" + risk.id(), RiskResource.of(risk), risk.version());
	}

	@GetMapping("/api/v1/risks/{id}")
	@Operation(summary = "One risk, with its ETag")
	ResponseEntity<RiskResource> risk(@PathVariable long id) {
		return ETags.ok(this.risks.risk(CurrentActor.require(), id), Risk::version, RiskResource::of);
	}

	@PatchMapping("/api/v1/risks/{id}")
	@Operation(summary = "Change a risk",
			description = "A change of probability, impact or residual rating needs a reason. Needs If-Match.")
	ResponseEntity<RiskResource> change(@PathVariable long id, @Valid @RequestBody RiskPatch patch,
			@IfMatch long version) {
		return ETags.ok(this.risks.change(CurrentActor.require(), id, version, patch, patch.getReason()), Risk::version,
				RiskResource::of);
	}

	@GetMapping("/api/v1/risks/{id}/history")
	@Operation(summary = "A risk's rating history, oldest first")
	List<RatingChangeResource> history(@PathVariable long id) {
		return this.risks.history(CurrentActor.require(), id).stream().map(RatingChangeResource::of).toList();
	}

	record Occurrence(String reason, Issue.Priority priority, LocalDate due) {
	}

	record Reason(String reason) {
	}

	@PostMapping("/api/v1/risks/{id}/occurrence")
	@Operation(summary = "The risk occurred: it becomes an issue keeping its history",
			description = "Needs If-Match with the risk's ETag; answers the issue.")
	ResponseEntity<IssueResource> occur(@PathVariable long id, @RequestBody Occurrence request, @IfMatch long version) {
		Issue issue = this.risks.occur(CurrentActor.require(), id, version, request.reason(), request.priority(),
				request.due());
		return ETags.created("/api/v1/issues/" + issue.id(), IssueResource.of(issue), issue.version());
	}

	@PostMapping("/api/v1/risks/{id}/closure")
	@Operation(summary = "Close a risk with a reason", description = "Needs If-Match.")
	ResponseEntity<RiskResource> close(@PathVariable long id, @RequestBody Reason request, @IfMatch long version) {
		return ETags.ok(this.risks.close(CurrentActor.require(), id, version, request.reason()), Risk::version,
				RiskResource::of);
	}

	@GetMapping("/api/v1/projects/{id}/issues")
	@Operation(summary = "A project's issues")
	List<IssueResource> issues(@PathVariable long id) {
		return this.issues.issues(CurrentActor.require(), id).stream().map(IssueResource::of).toList();
	}

	@PostMapping("/api/v1/projects/{id}/issues")
	@Operation(summary = "Raise an issue", description = "Whoever may change the project. 201 with ETag.")
	ResponseEntity<IssueResource> raise(@PathVariable long id, @RequestBody IssueDraft draft) {
		Issue issue = this.issues.raise(CurrentActor.require(), id, draft);
		return ETags.created("/api/v1/issues/" + issue.id(), IssueResource.of(issue), issue.version());
	}

	@GetMapping("/api/v1/issues/{id}")
	@Operation(summary = "One issue, with its ETag")
	ResponseEntity<IssueResource> issue(@PathVariable long id) {
		return ETags.ok(this.issues.issue(CurrentActor.require(), id), Issue::version, IssueResource::of);
	}

	record EscalationRequest(Issue.Escalation escalation) {
	}

	record ResolutionRequest(String resolution) {
	}

	@PostMapping("/api/v1/issues/{id}/escalation")
	@Operation(summary = "Escalate an issue up the line", description = "Needs If-Match.")
	ResponseEntity<IssueResource> escalate(@PathVariable long id, @RequestBody EscalationRequest request,
			@IfMatch long version) {
		return ETags.ok(this.issues.escalate(CurrentActor.require(), id, version, request.escalation()), Issue::version,
				IssueResource::of);
	}

	@PostMapping("/api/v1/issues/{id}/resolution")
	@Operation(summary = "Resolve an issue", description = "Needs If-Match.")
	ResponseEntity<IssueResource> resolve(@PathVariable long id, @RequestBody ResolutionRequest request,
			@IfMatch long version) {
		return ETags.ok(this.issues.resolve(CurrentActor.require(), id, version, request.resolution()), Issue::version,
				IssueResource::of);
	}

	record ActionRequest(RiskAction.Kind kind, String title, Long ownerId, LocalDate due) {
	}

	@PostMapping("/api/v1/risks/{id}/actions")
	@Operation(summary = "Add an action to a risk", description = "The owner is told. 201 with ETag.")
	ResponseEntity<ActionResource> addToRisk(@PathVariable long id, @RequestBody ActionRequest r) {
		RiskAction a = this.actions.add(CurrentActor.require(), id, null, r.kind(), r.title(), r.ownerId(), r.due());
		return createdAction(a);
	}

	@PostMapping("/api/v1/issues/{id}/actions")
	@Operation(summary = "Add an action to an issue", description = "The owner is told. 201 with ETag.")
	ResponseEntity<ActionResource> addToIssue(@PathVariable long id, @RequestBody ActionRequest r) {
		RiskAction a = this.actions.add(CurrentActor.require(), null, id, r.kind(), r.title(), r.ownerId(), r.due());
		return createdAction(a);
	}

	private ResponseEntity<ActionResource> createdAction(RiskAction a) {
		ActionResource body = ActionResource
			.of(this.actions.ofRisk(CurrentActor.require(), a.riskId() == null ? -1 : a.riskId())
				.stream()
				.filter(v -> v.action().id().equals(a.id()))
				.findFirst()
				.orElseGet(() -> this.actions.ofIssue(CurrentActor.require(), a.issueId())
					.stream()
					.filter(v -> v.action().id().equals(a.id()))
					.findFirst()
					.orElseThrow()));
		return ETags.created("/api/v1/actions/" + a.id(), body, a.version());
	}

	@GetMapping("/api/v1/actions")
	@Operation(summary = "Open actions of the caller, overdue first",
			description = "assignee must be me; overdue=true keeps only the overdue ones (the organisation's day).")
	List<ActionResource> actions(@RequestParam(defaultValue = "me") String assignee,
			@RequestParam(defaultValue = "false") boolean overdue) {
		if (!"me".equals(assignee)) {
			throw new RuleViolationException("assignee", "risk.error.assignee", "only assignee=me is supported");
		}
		return this.actions.mine(CurrentActor.require(), overdue).stream().map(ActionResource::of).toList();
	}

	@GetMapping("/api/v1/actions/{id}")
	@Operation(summary = "One action", description = "Whoever may see its project; the ETag is its version.")
	ResponseEntity<ActionResource> action(@PathVariable long id) {
		return ETags.ok(this.actions.view(CurrentActor.require(), id), v -> v.action().version(), ActionResource::of);
	}

	@PatchMapping("/api/v1/actions/{id}")
	@Operation(summary = "Change an action's kind, title, owner or due date",
			description = "Properties left out keep their value. Whoever keeps the project's register; "
					+ "a new owner is told. Needs If-Match.")
	ResponseEntity<ActionResource> changeAction(@PathVariable long id, @RequestBody ActionRequest request,
			@IfMatch long version) {
		var actor = CurrentActor.require();
		RiskAction current = this.actions.action(actor, id);
		this.actions.change(actor, id, version, request.kind() == null ? current.kind() : request.kind(),
				request.title() == null ? current.title() : request.title(),
				request.ownerId() == null ? current.ownerId() : request.ownerId(),
				request.due() == null ? current.due() : request.due());
		return action(id);
	}

	@PostMapping("/api/v1/actions/{id}/completion")
	@Operation(summary = "Mark an action done", description = "Its owner or the project's manager. Needs If-Match.")
	ResponseEntity<Map<String, Object>> complete(@PathVariable long id, @IfMatch long version) {
		RiskAction a = this.actions.complete(CurrentActor.require(), id, version);
		return ETags.ok(Map.of("id", a.id(), "done", a.isDone()), a.version());
	}

	@GetMapping("/api/v1/projects/{id}/decisions")
	@Operation(summary = "A project's decision log, latest first")
	List<DecisionResource> decisions(@PathVariable long id) {
		return this.decisions.decisions(CurrentActor.require(), id).stream().map(DecisionResource::of).toList();
	}

	@PostMapping("/api/v1/projects/{id}/decisions")
	@Operation(summary = "Record a decision", description = "Whoever may change the project.")
	ResponseEntity<DecisionResource> decide(@PathVariable long id, @RequestBody DecisionDraft draft) {
		var d = this.decisions.record(CurrentActor.require(), id, draft);
		return ETags.created("/api/v1/projects/" + id + "/decisions", DecisionResource.of(d), d.version());
	}

	@GetMapping("/api/v1/decisions/{id}")
	@Operation(summary = "One entry of a decision log", description = "The ETag is its version.")
	ResponseEntity<DecisionResource> decision(@PathVariable long id) {
		return ETags.ok(this.decisions.decision(CurrentActor.require(), id), Decision::version, DecisionResource::of);
	}

	@PutMapping("/api/v1/decisions/{id}")
	@Operation(summary = "Correct an entry of a decision log",
			description = "Every property as recorded; whoever keeps the project's register. Needs If-Match.")
	ResponseEntity<DecisionResource> changeDecision(@PathVariable long id, @RequestBody DecisionDraft draft,
			@IfMatch long version) {
		return ETags.ok(this.decisions.change(CurrentActor.require(), id, version, draft), Decision::version,
				DecisionResource::of);
	}

	@GetMapping("/api/v1/projects/{id}/risk-heatmap")
	@Operation(summary = "A project's heat map", description = "Open risks per cell, before and after the response.")
	RegisterViews.HeatMap projectHeatMap(@PathVariable long id) {
		return this.views.projectHeatMap(CurrentActor.require(), id);
	}

	@GetMapping("/api/v1/portfolios/{id}/risk-heatmap")
	@Operation(summary = "A portfolio's heat map",
			description = "The portfolio's own risks, its programmes' and those of the caller's visible projects; "
					+ "404 when the caller may not see the portfolio.")
	RegisterViews.HeatMap portfolioHeatMap(@PathVariable long id) {
		return this.views.portfolioHeatMap(CurrentActor.require(), id);
	}

	@GetMapping("/api/v1/portfolios/{id}/top-risks")
	@Operation(summary = "A portfolio's top open risks, highest score first", description = "At most 50.")
	List<RiskResource> topRisks(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
		return this.views.portfolioTopRisks(CurrentActor.require(), id, Math.max(1, Math.min(limit, 50)))
			.stream()
			.map(RiskResource::of)
			.toList();
	}

	@GetMapping("/api/v1/projects/{id}/risk-exposure")
	@Operation(summary = "A project's total exposure over time, from the rating history")
	List<RegisterViews.TrendPoint> exposure(@PathVariable long id) {
		return this.views.exposureTrend(CurrentActor.require(), id);
	}

	@GetMapping("/api/v1/projects/{id}/risks/export")
	@Operation(summary = "The register as XLSX or CSV, with the register's filters",
			description = "format=xlsx (default) or csv; the same filters and sort as the register's list. "
					+ "Without a filter every risk by id, in the columns an import reads back.")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Rating rating, @RequestParam(required = false) Nature nature,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) Integer probability,
			@RequestParam(required = false) Integer impact, @RequestParam(defaultValue = "false") boolean residual,
			@RequestParam(required = false) String sort) {
		SheetWriter.Format file = SheetWriter.Format.of(format);
		boolean filtered = status != null || category != null || rating != null || nature != null || owner != null
				|| probability != null || impact != null || residual || sort != null;
		return SheetDownloads.of(file, "risk-register-" + id, this.exchange.table(CurrentActor.require(), id, filtered
				? new RegisterFilter(status, category, rating, nature, owner, probability, impact, residual, sort)
				: null));
	}

	@PostMapping("/api/v1/projects/{id}/risks/import")
	@Operation(summary = "Import a register from XLSX or CSV",
			description = "The file is the request body; format=csv (default) or xlsx. All or nothing; "
					+ "a wrong cell is named by row and column.")
	Map<String, Integer> importRegister(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
			@RequestBody(required = false) byte[] body) {
		if (!"csv".equalsIgnoreCase(format) && !"xlsx".equalsIgnoreCase(format)) {
			throw new RuleViolationException("format", "risk.error.format", "format is xlsx or csv");
		}
		return Map.of("imported", this.exchange.importRegister(CurrentActor.require(), id,
				"register." + format.toLowerCase(java.util.Locale.ROOT), body));
	}

	record ReviewRequest(String note) {
	}

	@PostMapping("/api/v1/projects/{id}/risk-reviews")
	@Operation(summary = "Record a review of the register in the project's current stage")
	Map<String, Object> review(@PathVariable long id, @RequestBody(required = false) ReviewRequest request) {
		var actor = CurrentActor.require();
		this.reviews.review(actor, id, request == null ? null : request.note());
		var readiness = this.reviews.readiness(actor, id);
		return Map.of("reviewedInStage", readiness.reviewedInStage(), "unansweredHighRisks",
				readiness.unansweredHighRisks(), "satisfiesGate", readiness.satisfied());
	}

	record MatrixResource(Long portfolioId, int size, String ratings) {

		static MatrixResource of(RiskMatrix m) {
			return new MatrixResource(m.portfolioId(), m.size(), m.ratings());
		}

	}

	record MatrixRequest(Integer size, String ratings) {
	}

	@GetMapping("/api/v1/risk-categories")
	@Operation(summary = "The categories a risk may be filed under, in order")
	List<String> categories() {
		return this.matrices.categories();
	}

	@PutMapping("/api/v1/risk-categories")
	@Operation(summary = "Replace the list of risk categories",
			description = "PMO only. Codes of capital letters, digits and underscores; a category in use stays.")
	List<String> configureCategories(@RequestBody List<String> codes) {
		return this.risks.configureCategories(CurrentActor.require(), codes);
	}

	@GetMapping("/api/v1/risk-matrix")
	@Operation(summary = "The matrix a portfolio's risks are rated on (or the platform's, without portfolioId)",
			description = "The ETag is the version of the matrix configured for exactly that scope (\"0\" when it "
					+ "has none of its own): send it back in If-Match to change that scope's matrix.")
	ResponseEntity<MatrixResource> matrix(@RequestParam(required = false) Long portfolioId) {
		return ETags.ok(MatrixResource.of(this.matrices.matrixFor(portfolioId)), this.matrices.versionOf(portfolioId));
	}

	@PutMapping("/api/v1/risk-matrix")
	@Operation(summary = "Configure the platform's or a portfolio's matrix",
			description = "PMO only. ratings: size x size letters L, M, H, E, row by row from probability 1. "
					+ "If-Match: the ETag of GET /api/v1/risk-matrix for the same scope (428 without, 412 when stale).")
	ResponseEntity<MatrixResource> configure(@RequestParam(required = false) Long portfolioId,
			@RequestBody MatrixRequest request, @IfMatch long version) {
		RiskMatrix matrix = this.matrices.configure(CurrentActor.require(), portfolioId, version,
				request.size() == null ? 0 : request.size(), request.ratings());
		return ETags.ok(MatrixResource.of(matrix), matrix.version());
	}

}
