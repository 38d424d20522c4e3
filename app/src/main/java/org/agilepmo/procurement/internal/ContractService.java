package org.agilepmo.procurement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.planning.PlanMilestones;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An award becomes a contract once the standstill period has run out: a buyer signs it
 * with the awarded supplier; its value is recorded as a commitment on a line of the
 * project's budget (finance's {@link CostLedger}) and its milestones become milestones of
 * the project's plan (planning's {@link PlanMilestones}), all in one transaction: if
 * finance or the plan refuses, nothing is written.
 */
@Service
public class ContractService {

	static final String CONTRACT = "procurement-contract";

	private final Contracts contracts;

	private final Tenders tenders;

	private final Bids bids;

	private final TenderService tenderService;

	private final TenderAccess access;

	private final CostLedger ledger;

	private final PlanMilestones milestones;

	private final AuditTrail audit;

	private final Clock clock;

	ContractService(Contracts contracts, Tenders tenders, Bids bids, TenderService tenderService, TenderAccess access,
			CostLedger ledger, PlanMilestones milestones, AuditTrail audit, Optional<Clock> clock) {
		this.contracts = contracts;
		this.tenders = tenders;
		this.bids = bids;
		this.tenderService = tenderService;
		this.access = access;
		this.ledger = ledger;
		this.milestones = milestones;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What the buyer enters when signing. */
	public record ContractDraft(String reference, String budgetLine, LocalDate signedOn,
			List<MilestoneDraft> milestones) {
	}

	/** One milestone as entered. */
	public record MilestoneDraft(String name, LocalDate due) {
	}

	@Transactional
	public Contract sign(Actor actor, long tenderId, ContractDraft draft) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		this.access.requireBuyer(actor, tender);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		if (tender.status() != Tender.Status.DECIDED) {
			throw Rules.violation("status", "notDecided", "the committee has not decided yet");
		}
		if (!tender.isAwardFinal(today)) {
			throw Rules.violation("status", "standstill",
					"the standstill period runs until " + tender.standstillEndsOn(), tender.standstillEndsOn());
		}
		if (this.contracts.findByTenderId(tender.id()).isPresent()) {
			throw Rules.violation("status", "contractSigned", "the award's contract is already signed");
		}
		String reference = Rules.text("reference", draft.reference(), 40);
		if (this.contracts.existsByReference(reference)) {
			throw Rules.violation("reference", "referenceTaken", "the reference " + reference + " is taken", reference);
		}
		String line = Rules.text("budgetLine", draft.budgetLine(), 20);
		LocalDate signedOn = draft.signedOn() == null ? today : draft.signedOn();
		Bid bid = this.bids.findById(tender.awardedBidId()).orElseThrow();
		long commitment = this.ledger.record(actor, tender.projectId(),
				new CostLedger.CostEntry(CostLedger.Kind.COMMITMENT, line, null, signedOn, bid.price(), bid.currency(),
						reference, "Contract with " + bid.supplier(), "procurement"));
		List<Contract.Milestone> planned = new ArrayList<>();
		for (MilestoneDraft m : draft.milestones() == null ? List.<MilestoneDraft>of() : draft.milestones()) {
			String name = Rules.text("milestones", m.name(), 200);
			LocalDate due = Rules.required("milestones", m.due());
			planned.add(new Contract.Milestone(name, due,
					this.milestones.addMilestone(actor, tender.projectId(), name, due)));
		}
		Contract contract = this.contracts.saveAndFlush(new Contract(tender, bid, reference, line, signedOn, commitment,
				planned, actor.username(), this.clock.instant()));
		this.audit.record(
				AuditRecord.created(CONTRACT, contract.id(), this.access.classification(tender), contract.snapshot()));
		return contract;
	}

	@Transactional(readOnly = true)
	public Contract contract(Actor actor, long id) {
		Contract contract = this.contracts.findById(id).orElseThrow(() -> new NotFoundException("contract", id));
		this.tenders.findById(contract.tenderId())
			.filter(t -> this.access.isVisible(actor, t))
			.orElseThrow(() -> new NotFoundException("contract", id));
		return contract;
	}

	@Transactional(readOnly = true)
	public Optional<Contract> ofTender(Actor actor, long tenderId) {
		Tender tender = this.tenderService.tender(actor, tenderId);
		return this.contracts.findByTenderId(tender.id());
	}

}
