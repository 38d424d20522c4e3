package org.agilepmo.procurement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenders, bids, agreements and call-offs as the rest of the platform may see them. A
 * sealed bid is absent everywhere: it has no card, no search text (so the index never
 * holds it) and no place in any listing, whoever asks. My work lists the declarations and
 * scores a committee member owes, and the agreements nearing their end.
 */
@Component
class ProcurementDirectory implements ObjectDirectory {

	private static final Set<String> KINDS = Set.of(TenderService.TENDER, TenderService.BID, AgreementService.AGREEMENT,
			AgreementService.CALL_OFF, ContractService.CONTRACT);

	private final Tenders tenders;

	private final Bids bids;

	private final Agreements agreements;

	private final CallOffs callOffs;

	private final TenderAccess access;

	private final AgreementService agreementService;

	private final Contracts contracts;

	ProcurementDirectory(Tenders tenders, Bids bids, Agreements agreements, CallOffs callOffs, TenderAccess access,
			AgreementService agreementService, Contracts contracts) {
		this.contracts = contracts;
		this.tenders = tenders;
		this.bids = bids;
		this.agreements = agreements;
		this.callOffs = callOffs;
		this.access = access;
		this.agreementService = agreementService;
	}

	@Override
	public Set<String> kinds() {
		return KINDS;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case TenderService.TENDER ->
				this.tenders.findById(ref.id()).filter(t -> this.access.isVisible(actor, t)).map(this::card);
			case TenderService.BID ->
				this.bids.findById(ref.id())
					.flatMap(b -> this.tenders.findById(b.tenderId())
						.filter(t -> this.access.isVisible(actor, t) && this.access.mayReadBids(actor, t))
						.map(t -> new ObjectCard(ref, b.supplier(), t.reference(),
								"/tenders/" + t.id() + "#bid-" + b.id(), t.projectId(),
								this.access.classification(t))));
			case AgreementService.AGREEMENT -> this.agreements.findById(ref.id())
				.filter(a -> this.agreementService.isVisible(actor, a))
				.map(this::card);
			case AgreementService.CALL_OFF -> this.callOffs.findById(ref.id())
				.flatMap(c -> this.agreements.findById(c.agreementId())
					.filter(a -> this.agreementService.isVisible(actor, a))
					.map(a -> new ObjectCard(ref,
							c.supplier() + " \u00b7 " + c.amount().toPlainString() + " " + a.currency(), a.reference(),
							"/agreements/" + a.id() + "#call-off-" + c.id(), c.projectId(), a.classification())));
			case ContractService.CONTRACT -> this.contracts.findById(ref.id())
				.flatMap(c -> this.tenders.findById(c.tenderId())
					.filter(t -> this.access.isVisible(actor, t))
					.map(t -> new ObjectCard(ref, c.supplier(), c.reference(), "/contracts/" + c.id(), t.projectId(),
							this.access.classification(t))));
			default -> Optional.empty();
		};
	}

	private ObjectCard card(Tender t) {
		return new ObjectCard(new ObjectRef(TenderService.TENDER, t.id()), t.title(), t.reference(),
				"/tenders/" + t.id(), t.projectId(), this.access.classification(t));
	}

	private ObjectCard card(FrameworkAgreement a) {
		return new ObjectCard(new ObjectRef(AgreementService.AGREEMENT, a.id()), a.title(), a.reference(),
				"/agreements/" + a.id(), null, a.classification());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case TenderService.TENDER -> this.tenders.findById(ref.id())
				.map(t -> this.access.isVisible(actor, t) && this.access.isBuyer(actor, t))
				.orElse(false);
			case TenderService.BID -> this.bids.findById(ref.id())
				.flatMap(b -> this.tenders.findById(b.tenderId()))
				.map(t -> !t.isSealed() && this.access.isVisible(actor, t) && this.access.isBuyer(actor, t))
				.orElse(false);
			case AgreementService.AGREEMENT, AgreementService.CALL_OFF -> findVisible(ref, actor).isPresent();
			case ContractService.CONTRACT -> this.contracts.findById(ref.id())
				.flatMap(c -> this.tenders.findById(c.tenderId()))
				.map(t -> this.access.isVisible(actor, t) && this.access.isBuyer(actor, t))
				.orElse(false);
			default -> false;
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case TenderService.TENDER -> this.tenders.findById(ref.id())
				.map(t -> new SearchText(t.title(), String.join(" ", t.reference(),
						t.description() == null ? "" : t.description(), String.join(" ", t.requirements())),
						t.projectId(), this.access.classification(t)));
			case TenderService.BID -> this.bids.findById(ref.id())
				.flatMap(b -> this.tenders.findById(b.tenderId()))
				.filter(t -> !t.isSealed())
				.flatMap(t -> this.bids.findById(ref.id())
					.map(b -> new SearchText(b.supplier(), t.reference(), t.projectId(),
							this.access.classification(t))));
			case AgreementService.AGREEMENT -> this.agreements.findById(ref.id())
				.map(a -> new SearchText(a.title(),
						String.join(" ", a.reference(), a.scope() == null ? "" : a.scope(),
								String.join(" ", a.lots().stream().map(l -> l.title() + " " + l.suppliers()).toList())),
						null, a.classification()));
			case AgreementService.CALL_OFF -> this.callOffs.findById(ref.id())
				.flatMap(c -> this.agreements.findById(c.agreementId())
					.map(a -> new SearchText(c.supplier(), c.description() + " " + a.reference(), c.projectId(),
							a.classification())));
			case ContractService.CONTRACT -> this.contracts.findById(ref.id())
				.flatMap(c -> this.tenders.findById(c.tenderId())
					.map(t -> new SearchText(c.supplier(), c.reference() + " " + t.reference(), c.projectId(),
							this.access.classification(t))));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<ObjectRef> refs = switch (kind) {
			case TenderService.TENDER -> this.tenders.findAll().stream().map(t -> new ObjectRef(kind, t.id())).toList();
			case TenderService.BID -> this.bids.findAll()
				.stream()
				.filter(b -> this.tenders.findById(b.tenderId()).map(t -> !t.isSealed()).orElse(false))
				.map(b -> new ObjectRef(kind, b.id()))
				.toList();
			case AgreementService.AGREEMENT ->
				this.agreements.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList();
			case AgreementService.CALL_OFF ->
				this.callOffs.findAll().stream().map(c -> new ObjectRef(kind, c.id())).toList();
			case ContractService.CONTRACT ->
				this.contracts.findAll().stream().map(c -> new ObjectRef(kind, c.id())).toList();
			default -> List.of();
		};
		return refs.stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		List<WorkEntry> work = new ArrayList<>();
		for (Tender t : this.tenders.findByCommitteeMember(actor.id())) {
			if (!this.access.isVisible(actor, t)) {
				continue;
			}
			CommitteeMember m = t.member(actor.id()).orElseThrow();
			if (!m.hasDeclared()) {
				work.add(new WorkEntry(card(t), "work.procurement.declare", null, false));
			}
			else if (m.evaluates() && !m.hasSubmitted() && t.status() == Tender.Status.EVALUATION) {
				work.add(new WorkEntry(card(t), "work.procurement.score", null, false));
			}
		}
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		for (FrameworkAgreement a : this.agreementService.expiring(actor)) {
			work.add(new WorkEntry(card(a), "work.procurement.expiring", a.endsOn(), a.endsOn().isBefore(today)));
		}
		return work;
	}

}
