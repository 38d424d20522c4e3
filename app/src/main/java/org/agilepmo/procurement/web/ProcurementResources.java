package org.agilepmo.procurement.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agilepmo.procurement.internal.AgreementService.AgreementView;
import org.agilepmo.procurement.internal.Bid;
import org.agilepmo.procurement.internal.CallOff;
import org.agilepmo.procurement.internal.CommitteeMember;
import org.agilepmo.procurement.internal.Consolidation.RankedBid;
import org.agilepmo.procurement.internal.Criterion;
import org.agilepmo.procurement.internal.FinancialFormula;
import org.agilepmo.procurement.internal.FrameworkAgreement;
import org.agilepmo.procurement.internal.Lot;
import org.agilepmo.procurement.internal.Score;
import org.agilepmo.procurement.internal.StageEntry;
import org.agilepmo.procurement.internal.Tender;
import org.agilepmo.shared.Classification;

/** What the procurement API reads and answers. */
final class ProcurementResources {

	private ProcurementResources() {
	}

	/** One page of a list, with the totals a client needs to page through it. */
	record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

		static <T> PageResponse<T> of(List<T> all, int page, int size) {
			int from = (int) Math.min((long) page * size, all.size());
			int to = Math.min(from + size, all.size());
			return new PageResponse<>(all.subList(from, to), page, size, all.size(),
					(int) Math.ceil(all.size() / (double) size));
		}

	}

	record CriterionRequest(String code, String name, Criterion.Kind kind, BigDecimal weight, Integer maxScore) {
	}

	record MemberRequest(long personId, boolean chair) {
	}

	record TenderRequest(Long projectId, String reference, String title, String description, String currency,
			Instant opensAt, Integer standstillDays, FinancialFormula formula, List<String> requirements,
			List<CriterionRequest> criteria, List<MemberRequest> committee) {
	}

	record BidRequest(String supplier, BigDecimal price, String currency) {
	}

	record DeclarationRequest(boolean conflict, String note) {
	}

	record ScoreRequest(BigDecimal score, Boolean passed, String justification) {
	}

	record DecisionRequest(Long bidId, String reason) {
	}

	record CriterionResource(String code, String name, Criterion.Kind kind, BigDecimal weight, int maxScore) {

		static CriterionResource of(Criterion c) {
			return new CriterionResource(c.code(), c.name(), c.kind(), c.weight(), c.maxScore());
		}

	}

	record MemberResource(long personId, boolean chair, boolean declared, boolean conflict, boolean submitted) {

		static MemberResource of(CommitteeMember m) {
			return new MemberResource(m.personId(), m.chair(), m.hasDeclared(), m.declaredConflict(), m.hasSubmitted());
		}

	}

	/**
	 * A tender as anyone who may see it reads it. While the bids are sealed it says
	 * nothing about them, not even how many there are.
	 */
	record TenderResource(long id, long version, long projectId, String reference, String title, String description,
			String currency, Tender.Status status, Instant opensAt, int standstillDays, FinancialFormula formula,
			List<String> requirements, List<CriterionResource> criteria, List<MemberResource> committee,
			String openedBy, Instant openedAt, Long awardedBidId, String decisionReason, String decidedBy,
			Instant decidedAt, LocalDate standstillEndsOn) {

		static TenderResource of(Tender t) {
			return new TenderResource(t.id(), t.version(), t.projectId(), t.reference(), t.title(), t.description(),
					t.currency(), t.status(), t.opensAt(), t.standstillDays(), t.formula(), t.requirements(),
					t.criteria().stream().map(CriterionResource::of).toList(),
					t.committee().stream().map(MemberResource::of).toList(), t.openedBy(), t.openedAt(),
					t.awardedBidId(), t.decisionReason(), t.decidedBy(), t.decidedAt(), t.standstillEndsOn());
		}

	}

	record BidResource(long id, long tenderId, String supplier, BigDecimal price, String currency, Instant receivedAt,
			String fingerprint) {

		static BidResource of(Bid b) {
			return new BidResource(b.id(), b.tenderId(), b.supplier(), b.price(), b.currency(), b.receivedAt(),
					b.fingerprint());
		}

	}

	record ScoreResource(long bidId, String criterion, long evaluatorId, BigDecimal score, Boolean passed,
			String justification, Instant scoredAt) {

		static ScoreResource of(Score s) {
			return new ScoreResource(s.bidId(), s.criterion(), s.evaluatorId(), s.score(), s.passed(),
					s.justification(), s.scoredAt());
		}

	}

	record RankResource(Integer rank, long bidId, String supplier, BigDecimal price, boolean eliminated,
			List<String> failedCriteria, Map<String, BigDecimal> points, BigDecimal total) {

		static RankResource of(RankedBid r) {
			return new RankResource(r.rank(), r.bidId(), r.supplier(), r.price(), r.eliminated(), r.failedCriteria(),
					r.points(), r.total());
		}

	}

	record MilestoneRequest(String name, LocalDate due) {
	}

	record ContractRequest(String reference, String budgetLine, LocalDate signedOn, List<MilestoneRequest> milestones) {
	}

	record MilestoneResource(String name, LocalDate due, long activityId) {
	}

	record ContractResource(long id, long version, long tenderId, long bidId, long projectId, String reference,
			String supplier, BigDecimal value, String currency, String budgetLine, LocalDate signedOn,
			long commitmentId, List<MilestoneResource> milestones) {

		static ContractResource of(org.agilepmo.procurement.internal.Contract c) {
			return new ContractResource(c.id(), c.version(), c.tenderId(), c.bidId(), c.projectId(), c.reference(),
					c.supplier(), c.value(), c.currency(), c.budgetLine(), c.signedOn(), c.commitmentId(),
					c.milestones()
						.stream()
						.map(m -> new MilestoneResource(m.name(), m.dueOn(), m.activityId()))
						.toList());
		}

	}

	record LotRequest(String code, String title, List<String> suppliers) {
	}

	record AgreementRequest(String reference, String title, String scope, Classification classification,
			String currency, BigDecimal ceiling, LocalDate startsOn, LocalDate endsOn, Integer renewalOptions,
			Integer renewalMonths, Integer alertDays, List<LotRequest> lots, List<Long> managers) {
	}

	record StageRequest(FrameworkAgreement.Stage stage) {
	}

	record CallOffRequest(String lot, String supplier, BigDecimal amount, Long projectId, String description) {
	}

	record LotResource(String code, String title, List<String> suppliers) {

		static LotResource of(Lot l) {
			return new LotResource(l.code(), l.title(), l.suppliers());
		}

	}

	record StageResource(FrameworkAgreement.Stage stage, LocalDate enteredOn, String enteredBy) {

		static StageResource of(StageEntry s) {
			return new StageResource(s.stage(), s.enteredOn(), s.enteredBy());
		}

	}

	record AgreementResource(long id, long version, String reference, String title, String scope,
			Classification classification, String currency, BigDecimal ceiling, BigDecimal committed,
			BigDecimal remaining, LocalDate startsOn, LocalDate endsOn, int renewalsLeft, int renewalMonths,
			int alertDays, boolean expiring, FrameworkAgreement.Stage stage, List<StageResource> stages,
			List<LotResource> lots, List<Long> managers) {

		static AgreementResource of(AgreementView v) {
			FrameworkAgreement a = v.agreement();
			return new AgreementResource(a.id(), a.version(), a.reference(), a.title(), a.scope(), a.classification(),
					a.currency(), a.ceiling(), v.committed(), v.remaining(), a.startsOn(), a.endsOn(), a.renewalsLeft(),
					a.renewalMonths(), a.alertDays(), v.expiring(), a.stage(),
					a.stages().stream().map(StageResource::of).toList(),
					a.lots().stream().map(LotResource::of).toList(), a.managers().stream().sorted().toList());
		}

	}

	record CallOffResource(long id, long agreementId, String lot, String supplier, BigDecimal amount, Long projectId,
			String description, String orderedBy, Instant orderedAt) {

		static CallOffResource of(CallOff c) {
			return new CallOffResource(c.id(), c.agreementId(), c.lotCode(), c.supplier(), c.amount(), c.projectId(),
					c.description(), c.orderedBy(), c.orderedAt());
		}

	}

}
