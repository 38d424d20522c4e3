package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.procurement.internal.Consolidation.Assessment;
import org.agilepmo.procurement.internal.Consolidation.BidPrice;
import org.agilepmo.procurement.internal.Consolidation.RankedBid;
import org.agilepmo.shared.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's evaluation of the opened bids: each member declares any conflict of
 * interest before seeing a bid; each evaluator scores every bid on every technical and
 * pass/fail criterion with a justification, seeing only their own scores until they
 * submit them (and the submitted scores of the others after that); once every evaluator
 * has submitted, the scores are consolidated into the ranking, and the chair (or a buyer)
 * records the committee's decision, which starts the standstill period.
 */
@Service
public class EvaluationService {

	private final Tenders tenders;

	private final Bids bids;

	private final Scores scores;

	private final TenderService tenderService;

	private final TenderAccess access;

	private final AuditTrail audit;

	EvaluationService(Tenders tenders, Bids bids, Scores scores, TenderService tenderService, TenderAccess access,
			AuditTrail audit) {
		this.tenders = tenders;
		this.bids = bids;
		this.scores = scores;
		this.tenderService = tenderService;
		this.access = access;
		this.audit = audit;
	}

	/** A member's declaration: conflict or none, with a note. Made once. */
	@Transactional
	public Tender declare(Actor actor, long tenderId, boolean conflict, String note) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		CommitteeMember member = tender.member(actor.id())
			.orElseThrow(() -> new AccessDeniedException("not a member of the tender's committee"));
		String text = Rules.optional("note", note, 1000);
		if (conflict && text == null) {
			throw Rules.violation("note", "conflictNote", "say what the conflict of interest is");
		}
		member.declare(conflict, text, this.tenderService.now());
		this.tenders.saveAndFlush(tender);
		this.audit.record(new AuditRecord(TenderService.TENDER + ".declared", TenderService.TENDER,
				String.valueOf(tender.id()), this.access.classification(tender),
				actor.username()
						+ (conflict ? " declared a conflict of interest" : " declared no conflict of interest"),
				null, Map.of("person", actor.id(), "conflict", conflict, "note", text == null ? "" : text)));
		return tender;
	}

	/** One draft score (points or pass/fail) of the evaluator, with its justification. */
	@Transactional
	public Score score(Actor actor, long bidId, String criterionCode, BigDecimal points, Boolean passed,
			String justification) {
		Bid bid = this.tenderService.bid(actor, bidId);
		Tender tender = this.tenders.findById(bid.tenderId()).orElseThrow();
		CommitteeMember member = this.access.requireEvaluator(actor, tender);
		if (tender.status() != Tender.Status.EVALUATION) {
			throw Rules.violation("status", "notInEvaluation", "the tender is not in evaluation");
		}
		if (member.hasSubmitted()) {
			throw Rules.violation("status", "submitted", "your scores are submitted and no longer change");
		}
		Criterion criterion = tender.criterion(criterionCode)
			.filter(Criterion::isScored)
			.orElseThrow(() -> Rules.violation("criterion", "unknownCriterion",
					"there is no scored criterion " + criterionCode, String.valueOf(criterionCode)));
		String why = Rules.text("justification", justification, 2000);
		BigDecimal value = null;
		Boolean pass = null;
		if (criterion.kind() == Criterion.Kind.TECHNICAL) {
			value = Rules.required("score", points);
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0
					|| value.stripTrailingZeros().scale() > 2) {
				throw Rules.violation("score", "scoreRange", "the score is from 0 to " + criterion.maxScore(),
						criterion.maxScore());
			}
		}
		else {
			pass = Rules.required("passed", passed);
		}
		Score score = this.scores.findByBidIdAndCriterionAndEvaluatorId(bid.id(), criterion.code(), actor.id())
			.orElseGet(() -> new Score(bid.id(), criterion.code(), actor.id()));
		boolean created = score.scoredAt() == null;
		Map<String, Object> before = created ? null : score.snapshot();
		score.assess(value, pass, why, this.tenderService.now());
		score = this.scores.saveAndFlush(score);
		this.audit.record(new AuditRecord("procurement-score." + (created ? "created" : "updated"), "procurement-score",
				String.valueOf(score.id()), this.access.classification(tender), null, before, score.snapshot()));
		return score;
	}

	/** One line of an evaluator's score sheet: a bid on a scored criterion. */
	public record SheetLine(long bidId, String criterion, BigDecimal score, Boolean passed, String justification) {

		boolean isBlank() {
			return this.score == null && this.passed == null
					&& (this.justification == null || this.justification.isBlank());
		}

	}

	/**
	 * The evaluator's score sheet saved at once: every line they filled in, as drafts; a
	 * line refused leaves the whole sheet unsaved. Answers how many lines were saved.
	 */
	@Transactional
	public int scoreSheet(Actor actor, long tenderId, List<SheetLine> lines) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		this.access.requireBidReader(actor, tender);
		Set<Long> ofTender = this.bids.findByTenderIdOrderByIdAsc(tender.id())
			.stream()
			.map(Bid::id)
			.collect(Collectors.toSet());
		int saved = 0;
		for (SheetLine line : lines) {
			if (line.isBlank()) {
				continue;
			}
			if (!ofTender.contains(line.bidId())) {
				throw Rules.violation("scores", "notInRanking", "that bid is not one of this tender's");
			}
			score(actor, line.bidId(), line.criterion(), line.score(), line.passed(), line.justification());
			saved++;
		}
		return saved;
	}

	/**
	 * Submits the evaluator's scores: every bid scored on every scored criterion; they
	 * never change after.
	 */
	@Transactional
	public Tender submit(Actor actor, long tenderId) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		this.access.requireOpened(tender);
		CommitteeMember member = this.access.requireEvaluator(actor, tender);
		if (member.hasSubmitted()) {
			throw Rules.violation("status", "submitted", "your scores are submitted and no longer change");
		}
		List<Bid> all = this.bids.findByTenderIdOrderByIdAsc(tender.id());
		Set<String> mine = this.scores.findByBidIdInOrderByIdAsc(all.stream().map(Bid::id).toList())
			.stream()
			.filter(s -> s.evaluatorId() == actor.id())
			.map(s -> s.bidId() + "|" + s.criterion())
			.collect(Collectors.toSet());
		for (Bid bid : all) {
			for (Criterion c : tender.criteria()) {
				if (c.isScored() && !mine.contains(bid.id() + "|" + c.code())) {
					throw Rules.violation("scores", "unscored",
							bid.supplier() + " is not scored on " + c.name() + " yet", bid.supplier(), c.name());
				}
			}
		}
		member.submit(this.tenderService.now());
		this.tenders.saveAndFlush(tender);
		this.audit.record(new AuditRecord(TenderService.TENDER + ".scores-submitted", TenderService.TENDER,
				String.valueOf(tender.id()), this.access.classification(tender),
				actor.username() + " submitted their scores", null, Map.of("person", actor.id())));
		return tender;
	}

	/**
	 * The scores the person may see: an evaluator who has not submitted sees only their
	 * own; after submitting, theirs and the others' submitted scores; a buyer outside the
	 * committee sees the submitted scores.
	 */
	@Transactional(readOnly = true)
	public List<Score> scores(Actor actor, long tenderId) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		this.access.requireBidReader(actor, tender);
		Set<Long> submitted = tender.evaluators()
			.stream()
			.filter(CommitteeMember::hasSubmitted)
			.map(CommitteeMember::personId)
			.collect(Collectors.toSet());
		boolean seesOthers = tender.member(actor.id()).map(CommitteeMember::hasSubmitted).orElse(true);
		return this.scores
			.findByBidIdInOrderByIdAsc(this.bids.findByTenderIdOrderByIdAsc(tender.id()).stream().map(Bid::id).toList())
			.stream()
			.filter(s -> s.evaluatorId() == actor.id() || (seesOthers && submitted.contains(s.evaluatorId())))
			.toList();
	}

	/** The consolidated ranking, once every evaluator has submitted. */
	@Transactional(readOnly = true)
	public List<RankedBid> ranking(Actor actor, long tenderId) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		this.access.requireBidReader(actor, tender);
		return ranking(tender);
	}

	List<RankedBid> ranking(Tender tender) {
		if (!tender.isEvaluationComplete()) {
			throw Rules.violation("status", "evaluationIncomplete", "every evaluator must submit their scores first");
		}
		List<Bid> all = this.bids.findByTenderIdOrderByIdAsc(tender.id());
		Set<Long> evaluators = tender.evaluators().stream().map(CommitteeMember::personId).collect(Collectors.toSet());
		List<Assessment> assessments = this.scores.findByBidIdInOrderByIdAsc(all.stream().map(Bid::id).toList())
			.stream()
			.filter(s -> evaluators.contains(s.evaluatorId()))
			.map(s -> new Assessment(s.bidId(), s.criterion(), s.evaluatorId(), s.score(), s.passed()))
			.toList();
		return Consolidation.rank(tender.criteria(), tender.formula(),
				all.stream().map(b -> new BidPrice(b.id(), b.supplier(), b.price())).toList(), assessments);
	}

	/**
	 * The committee's decision: the chair records it (or a buyer when the committee has
	 * no chair), naming a bid still in the ranking and the reason; the standstill period
	 * starts.
	 */
	@Transactional
	public Tender decide(Actor actor, long tenderId, long version, Long bidId, String reason) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		this.access.requireOpened(tender);
		boolean chair = tender.member(actor.id()).map(CommitteeMember::chair).orElse(false);
		boolean hasChair = tender.committee().stream().anyMatch(CommitteeMember::chair);
		if (!chair && (hasChair || !this.access.isBuyer(actor, tender))) {
			throw new AccessDeniedException("the committee's chair records its decision");
		}
		TenderService.stale(tender, version);
		Long chosen = Rules.required("bidId", bidId);
		String why = Rules.text("reason", reason, 2000);
		RankedBid ranked = ranking(tender).stream()
			.filter(r -> r.bidId() == chosen)
			.findFirst()
			.orElseThrow(() -> Rules.violation("bidId", "notInRanking", "that bid is not one of this tender's"));
		if (ranked.eliminated()) {
			throw Rules.violation("bidId", "eliminated", ranked.supplier() + "'s bid was eliminated",
					ranked.supplier());
		}
		Map<String, Object> before = tender.snapshot();
		Instant now = this.tenderService.now();
		tender.decide(chosen, why, actor.username(), now);
		this.tenders.saveAndFlush(tender);
		this.audit.record(new AuditRecord(TenderService.TENDER + ".decided", TenderService.TENDER,
				String.valueOf(tender.id()), this.access.classification(tender), null, before, tender.snapshot()));
		return tender;
	}

}
