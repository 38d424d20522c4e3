package org.agilepmo.procurement.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.procurement.internal.Bid;
import org.agilepmo.procurement.internal.CommitteeReport;
import org.agilepmo.procurement.internal.EvaluationService;
import org.agilepmo.procurement.internal.Tender;
import org.agilepmo.procurement.internal.TenderService;
import org.agilepmo.procurement.internal.TenderService.CriterionDraft;
import org.agilepmo.procurement.internal.TenderService.MemberDraft;
import org.agilepmo.procurement.internal.TenderService.Receipt;
import org.agilepmo.procurement.internal.TenderService.TenderDraft;
import org.agilepmo.procurement.web.ProcurementResources.BidRequest;
import org.agilepmo.procurement.web.ProcurementResources.BidResource;
import org.agilepmo.procurement.web.ProcurementResources.DecisionRequest;
import org.agilepmo.procurement.web.ProcurementResources.DeclarationRequest;
import org.agilepmo.procurement.web.ProcurementResources.PageResponse;
import org.agilepmo.procurement.web.ProcurementResources.RankResource;
import org.agilepmo.procurement.web.ProcurementResources.ScoreRequest;
import org.agilepmo.procurement.web.ProcurementResources.ScoreResource;
import org.agilepmo.procurement.web.ProcurementResources.TenderRequest;
import org.agilepmo.procurement.web.ProcurementResources.TenderResource;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenders over HTTP: the call for bids, sealed bids and their opening, the committee's
 * declarations, scores and submissions, the consolidated ranking and the decision. Bids
 * answer 404 to everyone until the opening.
 */
@RestController
@Tag(name = "Procurement", description = "Tenders, bids, evaluation and framework agreements")
class TenderApiController {

	private final TenderService tenders;

	private final EvaluationService evaluation;

	private final CommitteeReport report;

	private final org.agilepmo.procurement.internal.OcdsExport ocds;

	TenderApiController(TenderService tenders, EvaluationService evaluation, CommitteeReport report,
			org.agilepmo.procurement.internal.OcdsExport ocds) {
		this.ocds = ocds;
		this.tenders = tenders;
		this.evaluation = evaluation;
		this.report = report;
	}

	@GetMapping("/api/v1/tenders")
	@Operation(summary = "The tenders the person may see, newest first")
	PageResponse<TenderResource> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(this.tenders.visible(CurrentActor.require()).stream().map(TenderResource::of).toList(),
				page, Math.min(size, 200));
	}

	@PostMapping("/api/v1/tenders")
	@Operation(summary = "Call for bids for a project (its buyers: those who may change the project)",
			description = "criteria: TECHNICAL (scored 0..maxScore), FINANCIAL (computed by formula "
					+ "LOWEST_PRICE_RATIO or PROPORTIONAL_DEVIATION) and PASS_FAIL; the technical and financial "
					+ "weights add up to 100.")
	ResponseEntity<TenderResource> create(@RequestBody TenderRequest r) {
		Tender t = this.tenders.create(CurrentActor.require(),
				new TenderDraft(r.projectId() == null ? 0 : r.projectId(), r.reference(), r.title(), r.description(),
						r.currency(), r.opensAt(), r.standstillDays(), r.formula(), r.requirements(),
						r.criteria() == null ? null : r.criteria()
							.stream()
							.map(c -> new CriterionDraft(c.code(), c.name(), c.kind(), c.weight(), c.maxScore()))
							.toList(),
						r.committee() == null ? null
								: r.committee().stream().map(m -> new MemberDraft(m.personId(), m.chair())).toList()));
		return ETags.created("/api/v1/tenders/" + t.id(), TenderResource.of(t), t.version());
	}

	@GetMapping("/api/v1/tenders/{id}")
	@Operation(summary = "One tender, with its ETag; nothing about sealed bids")
	ResponseEntity<TenderResource> tender(@PathVariable long id) {
		return ETags.ok(this.tenders.tender(CurrentActor.require(), id), Tender::version, TenderResource::of);
	}

	@PostMapping("/api/v1/tenders/{id}/bids")
	@Operation(summary = "Record a sealed bid before the opening date (buyers); answers the receipt only")
	ResponseEntity<Receipt> receive(@PathVariable long id, @RequestBody BidRequest r) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.tenders.receive(CurrentActor.require(), id,
					new TenderService.BidDraft(r.supplier(), r.price(), r.currency())));
	}

	@GetMapping("/api/v1/tenders/{id}/bids")
	@Operation(summary = "The opened bids (404 while sealed, for everyone)")
	List<BidResource> bids(@PathVariable long id) {
		return this.tenders.bids(CurrentActor.require(), id).stream().map(BidResource::of).toList();
	}

	@GetMapping("/api/v1/bids/{id}")
	@Operation(summary = "One opened bid (404 while sealed, for everyone)")
	BidResource bid(@PathVariable long id) {
		Bid b = this.tenders.bid(CurrentActor.require(), id);
		return BidResource.of(b);
	}

	@PostMapping("/api/v1/tenders/{id}/opening")
	@Operation(summary = "Open the bids at or after the opening date (buyers); records who and when")
	ResponseEntity<TenderResource> open(@PathVariable long id, @IfMatch long version) {
		return ETags.ok(this.tenders.open(CurrentActor.require(), id, version), Tender::version, TenderResource::of);
	}

	@PostMapping("/api/v1/tenders/{id}/declaration")
	@Operation(summary = "A committee member's declaration of conflict of interest, before any access to bids")
	ResponseEntity<TenderResource> declare(@PathVariable long id, @RequestBody DeclarationRequest r) {
		return ETags.ok(this.evaluation.declare(CurrentActor.require(), id, r.conflict(), r.note()), Tender::version,
				TenderResource::of);
	}

	@PutMapping("/api/v1/bids/{id}/scores/{criterion}")
	@Operation(summary = "The evaluator's score of a bid on a criterion, with its justification",
			description = "score (0..maxScore) for a technical criterion, passed for a pass/fail one.")
	ScoreResource score(@PathVariable long id, @PathVariable String criterion, @RequestBody ScoreRequest r) {
		return ScoreResource
			.of(this.evaluation.score(CurrentActor.require(), id, criterion, r.score(), r.passed(), r.justification()));
	}

	@PostMapping("/api/v1/tenders/{id}/submission")
	@Operation(summary = "Submit the evaluator's scores (every bid on every scored criterion); final")
	ResponseEntity<TenderResource> submit(@PathVariable long id) {
		return ETags.ok(this.evaluation.submit(CurrentActor.require(), id), Tender::version, TenderResource::of);
	}

	@GetMapping("/api/v1/tenders/{id}/scores")
	@Operation(summary = "The scores the person may see: their own, and the others' once they submitted theirs")
	List<ScoreResource> scores(@PathVariable long id) {
		return this.evaluation.scores(CurrentActor.require(), id).stream().map(ScoreResource::of).toList();
	}

	@GetMapping("/api/v1/tenders/{id}/ranking")
	@Operation(summary = "The consolidated ranking, once every evaluator has submitted")
	List<RankResource> ranking(@PathVariable long id) {
		return this.evaluation.ranking(CurrentActor.require(), id).stream().map(RankResource::of).toList();
	}

	@GetMapping("/api/v1/tenders/{id}/report.pdf")
	@Operation(summary = "The committee's report (PDF) with the ranking and the recommended or decided award",
			description = "In the language of Accept-Language; once every evaluator has submitted.")
	ResponseEntity<byte[]> report(@PathVariable long id, java.util.Locale locale) {
		Tender t = this.tenders.tender(CurrentActor.require(), id);
		byte[] pdf = this.report.pdf(CurrentActor.require(), id, locale);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename("committee-report-" + t.reference() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	@PostMapping("/api/v1/tenders/{id}/decision")
	@Operation(summary = "The committee's decision (its chair): the awarded bid and why; starts the standstill")
	ResponseEntity<TenderResource> decide(@PathVariable long id, @RequestBody DecisionRequest r,
			@IfMatch long version) {
		return ETags.ok(this.evaluation.decide(CurrentActor.require(), id, version, r.bidId(), r.reason()),
				Tender::version, TenderResource::of);
	}

	@GetMapping(value = "/api/v1/tenders/{id}/ocds", produces = "application/json")
	@Operation(summary = "The tender as an OCDS 1.1 release package (tender, awards, contracts, parties)",
			description = "Once the bids are opened (404 before, for everyone); for those who may read the bids.")
	java.util.Map<String, Object> ocds(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
		return this.ocds.releasePackage(CurrentActor.require(), id, request.getRequestURL().toString());
	}

}
