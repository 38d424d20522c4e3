package org.agilepmo.procurement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.procurement.internal.Bid;
import org.agilepmo.procurement.internal.CommitteeMember;
import org.agilepmo.procurement.internal.CommitteeReport;
import org.agilepmo.procurement.internal.Consolidation.RankedBid;
import org.agilepmo.procurement.internal.Contract;
import org.agilepmo.procurement.internal.ContractService;
import org.agilepmo.procurement.internal.ContractService.ContractDraft;
import org.agilepmo.procurement.internal.ContractService.MilestoneDraft;
import org.agilepmo.procurement.internal.Criterion;
import org.agilepmo.procurement.internal.EvaluationService;
import org.agilepmo.procurement.internal.EvaluationService.SheetLine;
import org.agilepmo.procurement.internal.Score;
import org.agilepmo.procurement.internal.Tender;
import org.agilepmo.procurement.internal.TenderAccess;
import org.agilepmo.procurement.internal.TenderService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tender pages: the list of the tenders the reader may see, and a tender with its
 * criteria, committee and declarations, its bids once opened (nothing of them before),
 * the evaluator's own score sheet, the consolidated ranking with its chart, the decision
 * and standstill, the contract and the committee's report.
 */
@Controller
class TenderPages {

	private final TenderService tenders;

	private final EvaluationService evaluation;

	private final ContractService contracts;

	private final CommitteeReport report;

	private final TenderAccess access;

	private final ProjectCatalogue catalogue;

	private final People people;

	private final Pages pages;

	private final Clock clock;

	TenderPages(TenderService tenders, EvaluationService evaluation, ContractService contracts, CommitteeReport report,
			TenderAccess access, ProjectCatalogue catalogue, People people, Pages pages, Optional<Clock> clock) {
		this.tenders = tenders;
		this.evaluation = evaluation;
		this.contracts = contracts;
		this.report = report;
		this.access = access;
		this.catalogue = catalogue;
		this.people = people;
		this.pages = pages;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping("/tenders")
	String list(@RequestParam(required = false) Long projectId, @RequestParam(required = false) Tender.Status status,
			Model model) {
		Actor actor = CurrentActor.require();
		List<Tender> all = this.tenders.visible(actor);
		Map<Long, String> projects = new LinkedHashMap<>();
		Map<Long, ProjectOverview> visibleProjects = new HashMap<>();
		this.catalogue.listVisible(actor).forEach(p -> visibleProjects.put(p.id(), p));
		for (Tender t : all) {
			ProjectOverview p = visibleProjects.get(t.projectId());
			projects.putIfAbsent(t.projectId(), p == null ? null : p.code() + " · " + p.name());
		}
		model.addAttribute("tenders",
				all.stream()
					.filter(t -> projectId == null || t.projectId() == projectId)
					.filter(t -> status == null || t.status() == status)
					.toList());
		model.addAttribute("projects", projects);
		model.addAttribute("statuses", Tender.Status.values());
		model.addAttribute("projectId", projectId);
		model.addAttribute("status", status);
		return "procurement/tenders";
	}

	@GetMapping("/tenders/{id}")
	String tender(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Tender tender = this.tenders.tender(actor, id);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		boolean buyer = this.access.isBuyer(actor, tender);
		boolean readsBids = this.access.mayReadBids(actor, tender);
		Optional<CommitteeMember> me = tender.member(actor.id());
		model.addAttribute("tender", tender);
		model.addAttribute("project", this.catalogue.findVisible(tender.projectId(), actor).orElse(null));
		model.addAttribute("names", names(tender));
		model.addAttribute("me", me.orElse(null));
		model.addAttribute("buyer", buyer);
		model.addAttribute("mayOpen",
				buyer && tender.status() == Tender.Status.OPEN && !now.isBefore(tender.opensAt()));
		model.addAttribute("scored", tender.criteria().stream().filter(Criterion::isScored).toList());
		model.addAttribute("priced",
				tender.criteria().stream().filter(c -> c.kind() != Criterion.Kind.PASS_FAIL).toList());
		List<Bid> bids = readsBids ? this.tenders.bids(actor, id) : List.of();
		model.addAttribute("bids", readsBids ? bids : null);
		Map<String, Score> mine = new HashMap<>();
		if (readsBids && me.map(CommitteeMember::evaluates).orElse(false)) {
			this.evaluation.scores(actor, id)
				.stream()
				.filter(s -> s.evaluatorId() == actor.id())
				.forEach(s -> mine.put(s.bidId() + "|" + s.criterion(), s));
		}
		model.addAttribute("mine", mine);
		model.addAttribute("scoring", readsBids && tender.status() == Tender.Status.EVALUATION
				&& me.map(m -> m.evaluates() && !m.hasSubmitted()).orElse(false));
		List<RankedBid> ranking = readsBids && tender.isEvaluationComplete() ? this.evaluation.ranking(actor, id)
				: null;
		model.addAttribute("ranking", ranking);
		boolean chair = me.map(CommitteeMember::chair).orElse(false);
		boolean hasChair = tender.committee().stream().anyMatch(CommitteeMember::chair);
		model.addAttribute("mayDecide",
				ranking != null && tender.status() == Tender.Status.EVALUATION && (chair || (!hasChair && buyer)));
		model.addAttribute("eligible",
				ranking == null ? List.of() : ranking.stream().filter(r -> !r.eliminated()).toList());
		model.addAttribute("awarded", tender.awardedBidId() == null ? null
				: bids.stream().filter(b -> b.id() == tender.awardedBidId()).findFirst().orElse(null));
		model.addAttribute("awardFinal", tender.isAwardFinal(today));
		Optional<Contract> contract = this.contracts.ofTender(actor, id);
		model.addAttribute("contract", contract.orElse(null));
		model.addAttribute("maySign",
				buyer && contract.isEmpty() && tender.status() == Tender.Status.DECIDED && tender.isAwardFinal(today));
		model.addAttribute("today", today);
		return "procurement/tender";
	}

	private Map<Long, String> names(Tender tender) {
		Map<Long, PersonSummary> found = this.people
			.findAll(tender.committee().stream().map(CommitteeMember::personId).toList());
		Map<Long, String> names = new HashMap<>();
		tender.committee()
			.forEach(m -> names.put(m.personId(),
					Optional.ofNullable(found.get(m.personId())).map(PersonSummary::displayName).orElse("?")));
		return names;
	}

	@GetMapping(value = "/tenders/{id}/report.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> report(@PathVariable long id, Locale locale) {
		Actor actor = CurrentActor.require();
		Tender t = this.tenders.tender(actor, id);
		byte[] pdf = this.report.pdf(actor, id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("committee-report-" + t.reference() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	@PostMapping("/tenders/{id}/opening")
	String open(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/tenders/" + id, "procurement.saved.opened",
				() -> this.tenders.open(actor, id, version));
	}

	@PostMapping("/tenders/{id}/declaration")
	String declare(@PathVariable long id, @RequestParam(defaultValue = "false") boolean conflict,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/tenders/" + id, "procurement.saved.declared",
				() -> this.evaluation.declare(actor, id, conflict, note));
	}

	/**
	 * The score sheet: for each bid and scored criterion, {@code score-<bid>-<code>} (a
	 * number) or {@code passed-<bid>-<code>} ({@code true}/{@code false}), and
	 * {@code why-<bid>-<code>}.
	 */
	@PostMapping("/tenders/{id}/scores")
	String score(@PathVariable long id, @RequestParam Map<String, String> sheet, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		Tender tender = this.tenders.tender(actor, id);
		List<Bid> bids = this.tenders.bids(actor, id);
		return this.pages.act(flash, "/tenders/" + id + "#score-sheet", "procurement.saved.scores", () -> {
			List<SheetLine> lines = new ArrayList<>();
			for (Bid bid : bids) {
				for (Criterion c : tender.criteria()) {
					if (c.isScored()) {
						String key = bid.id() + "-" + c.code();
						lines.add(new SheetLine(bid.id(), c.code(), number(sheet.get("score-" + key)),
								yesNo(sheet.get("passed-" + key)), sheet.get("why-" + key)));
					}
				}
			}
			this.evaluation.scoreSheet(actor, id, lines);
		});
	}

	private static BigDecimal number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = text.strip().replace(',', '.');
		if (!plain.matches("-?\\d{1,6}(\\.\\d{1,6})?")) {
			throw new org.agilepmo.shared.RuleViolationException("score", "procurement.error.notANumber",
					"the score is not a number", text);
		}
		return new BigDecimal(plain);
	}

	private static Boolean yesNo(String text) {
		return text == null || text.isBlank() ? null : Boolean.valueOf(text);
	}

	@PostMapping("/tenders/{id}/submission")
	String submit(@PathVariable long id, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/tenders/" + id, "procurement.saved.submitted",
				() -> this.evaluation.submit(actor, id));
	}

	@PostMapping("/tenders/{id}/decision")
	String decide(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long bidId,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/tenders/" + id, "procurement.saved.decided",
				() -> this.evaluation.decide(actor, id, version, bidId, reason));
	}

	@PostMapping("/tenders/{id}/contract")
	String sign(@PathVariable long id, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String budgetLine, @RequestParam(required = false) String milestone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate milestoneDue,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long[] signed = new long[1];
		List<MilestoneDraft> milestones = milestone == null || milestone.isBlank() ? List.of()
				: List.of(new MilestoneDraft(milestone, milestoneDue));
		String back = this.pages.act(flash, "/tenders/" + id, "procurement.saved.signed",
				() -> signed[0] = this.contracts
					.sign(actor, id, new ContractDraft(reference, budgetLine, null, milestones))
					.id());
		return signed[0] == 0 ? back : "redirect:/contracts/" + signed[0];
	}

}
