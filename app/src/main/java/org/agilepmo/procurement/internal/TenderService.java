package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenders from their call to the opening: creating one with its requirements, criteria,
 * formula and committee; receiving sealed bids before the opening date (the receipt is a
 * fingerprint, never the bid); opening them at or after that date, which records who
 * opened them and when; and reading the opened bids.
 */
@Service
public class TenderService {

	static final String TENDER = "procurement-tender";

	static final String BID = "procurement-bid";

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final Tenders tenders;

	private final Bids bids;

	private final TenderAccess access;

	private final ProjectCatalogue catalogue;

	private final People people;

	private final AuditTrail audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	TenderService(Tenders tenders, Bids bids, TenderAccess access, ProjectCatalogue catalogue, People people,
			AuditTrail audit, Optional<Clock> clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.tenders = tenders;
		this.bids = bids;
		this.access = access;
		this.catalogue = catalogue;
		this.people = people;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What a buyer enters to call for bids. */
	public record TenderDraft(long projectId, String reference, String title, String description, String currency,
			Instant opensAt, Integer standstillDays, FinancialFormula formula, List<String> requirements,
			List<CriterionDraft> criteria, List<MemberDraft> committee) {
	}

	/** One criterion as entered. */
	public record CriterionDraft(String code, String name, Criterion.Kind kind, BigDecimal weight, Integer maxScore) {
	}

	/** One committee member as entered. */
	public record MemberDraft(long personId, boolean chair) {
	}

	/** A bid as received from a supplier. */
	public record BidDraft(String supplier, BigDecimal price, String currency) {
	}

	/**
	 * What the buyer gives the supplier: the tender, when the bid was received, and the
	 * fingerprint of what was received. It names no bid, so that nothing about the sealed
	 * bid can be read back before the opening.
	 */
	public record Receipt(String tender, Instant receivedAt, String fingerprint) {
	}

	Instant now() {
		return this.clock.instant();
	}

	@Transactional
	public Tender create(Actor actor, TenderDraft draft) {
		ProjectSummary project = this.catalogue.requireEditable(draft.projectId(), actor);
		String reference = Rules.text("reference", draft.reference(), 40);
		if (this.tenders.existsByReference(reference)) {
			throw Rules.violation("reference", "referenceTaken", "the reference " + reference + " is taken", reference);
		}
		String title = Rules.text("title", draft.title(), 200);
		String description = Rules.optional("description", draft.description(), 4000);
		String currency = Rules.currency("currency", draft.currency());
		Instant opensAt = Rules.required("opensAt", draft.opensAt());
		if (!opensAt.isAfter(now())) {
			throw Rules.violation("opensAt", "openingInPast", "the opening date must be in the future");
		}
		int standstill = Rules.range("standstillDays", draft.standstillDays() == null ? 10 : draft.standstillDays(), 0,
				90);
		FinancialFormula formula = draft.formula() == null ? FinancialFormula.LOWEST_PRICE_RATIO : draft.formula();
		List<String> requirements = new ArrayList<>();
		for (String r : draft.requirements() == null ? List.<String>of() : draft.requirements()) {
			String text = Rules.optional("requirements", r, 1000);
			if (text != null) {
				requirements.add(text);
			}
		}
		List<Criterion> criteria = criteria(draft.criteria());
		Map<Long, Boolean> committee = committee(draft.committee(), project.classification());
		Tender tender = this.tenders.saveAndFlush(new Tender(project.id(), reference, title, description, currency,
				opensAt, standstill, formula, requirements, criteria, committee, actor.username(), now()));
		this.audit.record(AuditRecord.created(TENDER, tender.id(), project.classification(), tender.snapshot()));
		return tender;
	}

	private static List<Criterion> criteria(List<CriterionDraft> drafts) {
		if (drafts == null || drafts.isEmpty()) {
			throw Rules.violation("criteria", "noCriteria", "a tender needs at least one criterion");
		}
		List<Criterion> criteria = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		int financial = 0;
		for (CriterionDraft d : drafts) {
			String code = Rules.text("criteria", d.code(), 20);
			if (!codes.add(code)) {
				throw Rules.violation("criteria", "criterionTwice", "the criterion " + code + " is named twice", code);
			}
			String name = Rules.text("criteria", d.name(), 200);
			Criterion.Kind kind = Rules.required("criteria", d.kind());
			BigDecimal weight = kind == Criterion.Kind.PASS_FAIL ? BigDecimal.ZERO
					: Rules.required("criteria", d.weight());
			if (weight.signum() < 0 || weight.scale() > 3) {
				throw Rules.violation("criteria", "weight", "a weight is a number from 0 to 100");
			}
			int max = kind == Criterion.Kind.TECHNICAL
					? Rules.range("criteria", d.maxScore() == null ? 10 : d.maxScore(), 1, 100) : 0;
			if (kind == Criterion.Kind.FINANCIAL) {
				financial++;
			}
			criteria.add(new Criterion(code, name, kind, weight, max));
		}
		if (financial > 1) {
			throw Rules.violation("criteria", "oneFinancial", "a tender has at most one financial criterion");
		}
		BigDecimal total = Tender.weightTotal(criteria);
		if (total.compareTo(HUNDRED) != 0) {
			throw Rules.violation("criteria", "weightsTotal",
					"the technical and financial weights must add up to 100 (they add up to " + total.toPlainString()
							+ ")",
					total.toPlainString());
		}
		return criteria;
	}

	private Map<Long, Boolean> committee(List<MemberDraft> drafts, Classification classification) {
		if (drafts == null || drafts.isEmpty()) {
			throw Rules.violation("committee", "noCommittee", "a tender needs an evaluation committee");
		}
		Map<Long, Boolean> committee = new LinkedHashMap<>();
		int chairs = 0;
		for (MemberDraft d : drafts) {
			Actor person = this.people.actorFor(d.personId())
				.orElseThrow(() -> Rules.violation("committee", "unknownPerson", "there is no such person"));
			if (!person.clears(classification)) {
				throw Rules.violation("committee", "notCleared",
						person.displayName() + " is not screened for the project's classification",
						person.displayName());
			}
			if (committee.put(d.personId(), d.chair()) != null) {
				throw Rules.violation("committee", "memberTwice", person.displayName() + " is named twice",
						person.displayName());
			}
			chairs += d.chair() ? 1 : 0;
		}
		if (chairs > 1) {
			throw Rules.violation("committee", "oneChair", "a committee has at most one chair");
		}
		return committee;
	}

	@Transactional(readOnly = true)
	public Tender tender(Actor actor, long id) {
		return this.access.visible(actor, this.tenders.findById(id), id);
	}

	/** Every tender the person may see, newest first. */
	@Transactional(readOnly = true)
	public List<Tender> visible(Actor actor) {
		List<Long> projects = this.catalogue.listVisible(actor).stream().map(ProjectOverview::id).toList();
		Map<Long, Tender> found = new LinkedHashMap<>();
		this.tenders.findByProjectIdInOrderByIdDesc(projects).forEach(t -> found.put(t.id(), t));
		this.tenders.findByCommitteeMember(actor.id())
			.stream()
			.filter(t -> this.access.isVisible(actor, t))
			.forEach(t -> found.putIfAbsent(t.id(), t));
		return found.values().stream().sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
	}

	/**
	 * Records a sealed bid: only the tender's buyers, only before the opening date. The
	 * bid is audited against the tender with its fingerprint alone.
	 */
	@Transactional
	public Receipt receive(Actor actor, long tenderId, BidDraft draft) {
		Tender tender = tender(actor, tenderId);
		this.access.requireBuyer(actor, tender);
		Instant now = now();
		tender.receiveBefore(now);
		String supplier = Rules.text("supplier", draft.supplier(), 200);
		String currency = Rules.currency("currency", draft.currency() == null ? tender.currency() : draft.currency());
		if (!currency.equals(tender.currency())) {
			throw Rules.violation("currency", "tenderCurrency",
					"bids are in the tender's currency, " + tender.currency(), tender.currency());
		}
		BigDecimal price = Rules.amount("price", draft.price(), currency);
		String fingerprint = fingerprint(
				tender.reference() + "|" + supplier + "|" + price.toPlainString() + "|" + currency + "|" + now);
		this.bids.saveAndFlush(new Bid(tender.id(), supplier, price, currency, now, actor.username(), fingerprint));
		this.audit.record(new AuditRecord(TENDER + ".bid-received", TENDER, String.valueOf(tender.id()),
				this.access.classification(tender), "sealed bid " + fingerprint, null,
				Map.of("receivedAt", now.toString(), "fingerprint", fingerprint)));
		return new Receipt(tender.reference(), now, fingerprint);
	}

	/**
	 * Opens the bids at or after the opening date: the buyers only; records who and when,
	 * and audits each bid as it is opened.
	 */
	@Transactional
	public Tender open(Actor actor, long tenderId, long version) {
		Tender tender = tender(actor, tenderId);
		this.access.requireBuyer(actor, tender);
		stale(tender, version);
		Map<String, Object> before = tender.snapshot();
		tender.open(actor.username(), now());
		this.tenders.saveAndFlush(tender);
		Classification classification = this.access.classification(tender);
		this.audit.record(new AuditRecord(TENDER + ".opened", TENDER, String.valueOf(tender.id()), classification, null,
				before, tender.snapshot()));
		for (Bid bid : this.bids.findByTenderIdOrderByIdAsc(tender.id())) {
			this.audit.record(new AuditRecord(BID + ".opened", BID, String.valueOf(bid.id()), classification, null,
					null, bid.snapshot()));
		}
		for (CommitteeMember member : tender.committee()) {
			this.events.publishEvent(new org.agilepmo.shared.Attention(member.personId(),
					new org.agilepmo.shared.ObjectRef(TENDER, tender.id()), "assignment", actor.id()));
		}
		return tender;
	}

	/** The opened bids: 404 while sealed, whoever asks. */
	@Transactional(readOnly = true)
	public List<Bid> bids(Actor actor, long tenderId) {
		Tender tender = tender(actor, tenderId);
		this.access.requireBidReader(actor, tender);
		return this.bids.findByTenderIdOrderByIdAsc(tender.id());
	}

	/** One bid: 404 while sealed, whoever asks. */
	@Transactional(readOnly = true)
	public Bid bid(Actor actor, long bidId) {
		Bid bid = this.bids.findById(bidId).orElseThrow(() -> new NotFoundException("bid", bidId));
		Tender tender = this.tenders.findById(bid.tenderId())
			.filter(t -> !t.isSealed() && this.access.isVisible(actor, t))
			.orElseThrow(() -> new NotFoundException("bid", bidId));
		this.access.requireBidReader(actor, tender);
		return bid;
	}

	static void stale(Tender tender, long version) {
		if (tender.version() != version) {
			throw new StaleVersionException("tender", tender.id(), version, tender.version());
		}
	}

	static String fingerprint(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
