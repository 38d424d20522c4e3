package org.agilepmo.procurement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.procurement.internal.AgreementService;
import org.agilepmo.procurement.internal.ContractService;
import org.agilepmo.procurement.internal.Criterion;
import org.agilepmo.procurement.internal.DeliveryService;
import org.agilepmo.procurement.internal.EvaluationService;
import org.agilepmo.procurement.internal.FinancialFormula;
import org.agilepmo.procurement.internal.FrameworkAgreement;
import org.agilepmo.procurement.internal.TenderService;
import org.agilepmo.shared.Classification;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The procurement module's public test support: tenders, bids, declarations and
 * agreements made through the module's services, answered as ids. Time is not waited for:
 * {@link #openingReached} moves a tender's opening date into the past, as the passing of
 * time would.
 */
@TestComponent
public class ProcurementFixtures {

	/** The scored criteria of {@link #tender}: eligibility (pass/fail) and method. */
	public static final String ELIGIBILITY = "ELIG";

	public static final String METHOD = "METHOD";

	private final TenderService tenders;

	private final EvaluationService evaluation;

	private final AgreementService agreements;

	private final IdentityFixtures people;

	private final JdbcTemplate jdbc;

	private final ContractService contracts;

	private final DeliveryService delivery;

	ProcurementFixtures(TenderService tenders, EvaluationService evaluation, AgreementService agreements,
			ContractService contracts, DeliveryService delivery, IdentityFixtures people, JdbcTemplate jdbc) {
		this.delivery = delivery;
		this.contracts = contracts;
		this.tenders = tenders;
		this.evaluation = evaluation;
		this.agreements = agreements;
		this.people = people;
		this.jdbc = jdbc;
	}

	/**
	 * A tender of the project in EUR opening in an hour: eligibility (pass/fail), method
	 * (technical, 70, out of 10) and price (financial, 30, lowest price ratio); the first
	 * evaluator chairs the committee. Answers its id.
	 */
	public long tender(PersonSummary buyer, long projectId, PersonSummary... evaluators) {
		List<TenderService.MemberDraft> committee = new ArrayList<>();
		for (int i = 0; i < evaluators.length; i++) {
			committee.add(new TenderService.MemberDraft(evaluators[i].id(), i == 0));
		}
		return this.people.actingAs(buyer, () -> this.tenders.create(IdentityFixtures.actor(buyer),
				new TenderService.TenderDraft(projectId, "T-" + UUID.randomUUID().toString().substring(0, 8),
						"Fixture tender", "Consultancy services", "EUR", Instant.now().plus(Duration.ofHours(1)), 10,
						FinancialFormula.LOWEST_PRICE_RATIO, List.of("Two senior consultants"),
						List.of(new TenderService.CriterionDraft(ELIGIBILITY, "Eligibility", Criterion.Kind.PASS_FAIL,
								null, null),
								new TenderService.CriterionDraft(METHOD, "Method", Criterion.Kind.TECHNICAL,
										new BigDecimal("70"), 10),
								new TenderService.CriterionDraft("PRICE", "Price", Criterion.Kind.FINANCIAL,
										new BigDecimal("30"), null)),
						committee))
			.id());
	}

	/** A sealed bid received by the buyer; answers its fingerprint. */
	public String bid(PersonSummary buyer, long tenderId, String supplier, String price) {
		return this.people.actingAs(buyer,
				() -> this.tenders
					.receive(IdentityFixtures.actor(buyer), tenderId,
							new TenderService.BidDraft(supplier, new BigDecimal(price), "EUR"))
					.fingerprint());
	}

	/** The opening date passes. */
	public void openingReached(long tenderId) {
		this.jdbc.update("update procurement_tender set opens_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), tenderId);
	}

	/** The opening date passes and the buyer opens the bids. */
	public void open(PersonSummary buyer, long tenderId) {
		openingReached(tenderId);
		this.people.actingAs(buyer,
				() -> this.tenders.open(IdentityFixtures.actor(buyer), tenderId, version(buyer, tenderId)));
	}

	/**
	 * A tender of the project with one bid (Alpha, 1,000 EUR), opened by the buyer; the
	 * evaluator is the committee's chair. Answers its id.
	 */
	public long opened(PersonSummary buyer, long projectId, PersonSummary evaluator) {
		long id = tender(buyer, projectId, evaluator);
		bid(buyer, id, "Alpha", "1000");
		open(buyer, id);
		return id;
	}

	/**
	 * An opened tender whose only evaluator (its chair) declared, scored the bid and
	 * submitted: ready for the ranking and the decision. Answers its id.
	 */
	public long evaluated(PersonSummary buyer, long projectId, PersonSummary evaluator) {
		long id = opened(buyer, projectId, evaluator);
		declareNoConflict(evaluator, id);
		score(evaluator, bids(evaluator, id).get(0), "7");
		submit(evaluator, id);
		return id;
	}

	/**
	 * An evaluated tender whose chair awarded its bid; the standstill period has run out.
	 * Answers its id.
	 */
	public long awarded(PersonSummary buyer, long projectId, PersonSummary evaluator) {
		long id = evaluated(buyer, projectId, evaluator);
		long bid = bids(evaluator, id).get(0);
		this.people.actingAs(evaluator, () -> this.evaluation.decide(IdentityFixtures.actor(evaluator), id,
				version(evaluator, id), bid, "Best value for money"));
		this.jdbc.update("update procurement_tender set standstill_ends_on = ? where id = ?",
				java.sql.Date.valueOf(LocalDate.now(java.time.ZoneOffset.UTC)), id);
		return id;
	}

	/**
	 * The awarded tender's contract signed by the buyer, its value committed on the line
	 * L1 of the project's budget (which must have it), with one milestone on the plan.
	 * Answers its id.
	 */
	public long contract(PersonSummary buyer, long tenderId) {
		return this.people.actingAs(buyer,
				() -> this.contracts
					.sign(IdentityFixtures.actor(buyer), tenderId, new ContractService.ContractDraft(
							"C-" + UUID.randomUUID().toString().substring(0, 8), "L1", null,
							List.of(new ContractService.MilestoneDraft("Inception report",
									LocalDate.now().plusMonths(1)))))
					.id());
	}

	/** The standstill period of the decided tender runs out today. */
	public void standstillOver(long tenderId) {
		this.jdbc.update("update procurement_tender set standstill_ends_on = ? where id = ?",
				java.sql.Date.valueOf(LocalDate.now(java.time.ZoneOffset.UTC)), tenderId);
	}

	/**
	 * A deliverable of the contract, due in a month, added by the buyer; answers its id.
	 */
	public long deliverable(PersonSummary buyer, long contractId) {
		return this.people.actingAs(buyer,
				() -> this.delivery
					.add(IdentityFixtures.actor(buyer), contractId, "Fixture deliverable",
							LocalDate.now().plusMonths(1))
					.id());
	}

	/** The buyer accepts the deliverable. */
	public void accept(PersonSummary buyer, long deliverableId) {
		this.people.actingAs(buyer, () -> this.delivery.accept(IdentityFixtures.actor(buyer), deliverableId,
				this.delivery.find(deliverableId).orElseThrow().version()));
	}

	/** The tender's current version, for If-Match. */
	public long version(PersonSummary reader, long tenderId) {
		return this.people.actingAs(reader,
				() -> this.tenders.tender(IdentityFixtures.actor(reader), tenderId).version());
	}

	/** The member declares no conflict of interest. */
	public void declareNoConflict(PersonSummary member, long tenderId) {
		this.people.actingAs(member,
				() -> this.evaluation.declare(IdentityFixtures.actor(member), tenderId, false, null));
	}

	/** The ids of the opened bids, in the order received. */
	public List<Long> bids(PersonSummary reader, long tenderId) {
		return this.people.actingAs(reader,
				() -> this.tenders.bids(IdentityFixtures.actor(reader), tenderId).stream().map(b -> b.id()).toList());
	}

	/** The evaluator passes the bid on eligibility and gives it the points on method. */
	public void score(PersonSummary evaluator, long bidId, String points) {
		this.people.actingAs(evaluator, () -> {
			var actor = IdentityFixtures.actor(evaluator);
			this.evaluation.score(actor, bidId, ELIGIBILITY, null, true, "Documents complete");
			return this.evaluation.score(actor, bidId, METHOD, new BigDecimal(points), null, "Fixture judgement");
		});
	}

	/** The evaluator submits their scores. */
	public void submit(PersonSummary evaluator, long tenderId) {
		this.people.actingAs(evaluator, () -> this.evaluation.submit(IdentityFixtures.actor(evaluator), tenderId));
	}

	/**
	 * A framework agreement in execution set up by the PMO officer, ceiling 1,000 EUR,
	 * running from a year ago to a year ahead, one lot "L1" with the suppliers Alpha and
	 * Beta. Answers its id.
	 */
	public long agreement(PersonSummary pmo, String ceiling, PersonSummary... managers) {
		return this.people.actingAs(pmo, () -> {
			var actor = IdentityFixtures.actor(pmo);
			FrameworkAgreement a = this.agreements.create(actor,
					new AgreementService.AgreementDraft("FA-" + UUID.randomUUID().toString().substring(0, 8),
							"Fixture agreement", "IT consultancy", Classification.PUBLIC, "EUR",
							new BigDecimal(ceiling), LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), 1, 12,
							60, List.of(new AgreementService.LotDraft("L1", "Consultancy", List.of("Alpha", "Beta"))),
							java.util.Arrays.stream(managers).map(PersonSummary::id).toList()));
			long version = a.version();
			for (FrameworkAgreement.Stage s : List.of(FrameworkAgreement.Stage.CONSULTATION,
					FrameworkAgreement.Stage.EVALUATION, FrameworkAgreement.Stage.AWARD,
					FrameworkAgreement.Stage.EXECUTION)) {
				version = this.agreements.moveTo(actor, a.id(), version, s).version();
			}
			return a.id();
		});
	}

	/** The agreement's current version, for If-Match. */
	public long agreementVersion(PersonSummary reader, long agreementId) {
		return this.people.actingAs(reader,
				() -> this.agreements.agreement(IdentityFixtures.actor(reader), agreementId).agreement().version());
	}

}
