package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A tender from its call to the committee's decision, with the modules it reads
 * (portfolio, identity, audit): bids sealed until the opening for everyone, the
 * administrator included, and absent from every listing and from the search index; the
 * opening recorded with who and when; declarations before any access; evaluators who see
 * only their own scores until they submit; the ranking once all have submitted; the
 * decision and its standstill period.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class, FinanceFixtures.class, ProcurementFixtures.class })
class TenderEvaluationTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ProcurementFixtures fixtures;

	@Autowired
	TenderService tenders;

	@Autowired
	EvaluationService evaluation;

	@Autowired
	ProcurementDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	PersonSummary buyer;

	PersonSummary admin;

	PersonSummary pmo;

	PersonSummary ann;

	PersonSummary bob;

	PersonSummary outsider;

	long projectId;

	@BeforeEach
	void aProjectWithItsBuyerAndTwoEvaluators() {
		PortfolioScene scene = this.portfolios.scene();
		this.pmo = scene.officer();
		this.buyer = scene.person("buyer", ScreeningLevel.BASIC);
		this.admin = scene.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.ann = scene.person("ann", ScreeningLevel.BASIC);
		this.bob = scene.person("bob", ScreeningLevel.BASIC);
		this.outsider = scene.person("out", ScreeningLevel.ENHANCED);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.RESTRICTED,
					d -> PortfolioScene.withManager(d, this.buyer.id()))
			.id();
	}

	<T> T as(PersonSummary person, Callable<T> work) {
		return this.identity.actingAs(person, work);
	}

	static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	long tenderWithTwoBids() {
		long id = this.fixtures.tender(this.buyer, this.projectId, this.ann, this.bob);
		this.fixtures.bid(this.buyer, id, "Sealedsupplier Alpha", "100000");
		this.fixtures.bid(this.buyer, id, "Sealedsupplier Beta", "80000");
		return id;
	}

	@Test
	void sealedBidsAreAbsentForEveryoneTheAdministratorIncludedAndInNoListingOrIndex() {
		long id = tenderWithTwoBids();
		this.fixtures.declareNoConflict(this.ann, id);
		List<Long> bidIds = this.jdbc.queryForList("select id from procurement_bid where tender_id = ?", Long.class,
				id);
		assertThat(bidIds).hasSize(2);

		for (PersonSummary who : List.of(this.admin, this.pmo, this.buyer, this.ann)) {
			assertThatThrownBy(() -> as(who, () -> this.tenders.bids(actor(who), id)))
				.as(who.username() + " lists the sealed bids")
				.isInstanceOf(NotFoundException.class);
			for (long bid : bidIds) {
				assertThatThrownBy(() -> as(who, () -> this.tenders.bid(actor(who), bid)))
					.as(who.username() + " reads a sealed bid")
					.isInstanceOf(NotFoundException.class);
				assertThat(this.directory.findVisible(new ObjectRef(TenderService.BID, bid), actor(who))).isEmpty();
				assertThat(this.directory.mayAttach(new ObjectRef(TenderService.BID, bid), actor(who))).isFalse();
			}
			assertThatThrownBy(() -> as(who, () -> this.evaluation.scores(actor(who), id)))
				.isInstanceOf(NotFoundException.class);
		}
		for (long bid : bidIds) {
			assertThat(this.directory.searchText(new ObjectRef(TenderService.BID, bid))).isEmpty();
		}
		assertThat(this.directory.all(TenderService.BID).filter(r -> bidIds.contains(r.id()))).isEmpty();
		assertThat(this.directory.searchText(new ObjectRef(TenderService.TENDER, id)).orElseThrow().body())
			.doesNotContain("Sealedsupplier");
		// The search index holds nothing of the sealed bids.
		assertThat(this.jdbc.queryForObject("select count(*) from workspace_search where lower(title) like ?",
				Integer.class, "%sealedsupplier%"))
			.isZero();
		// The tender itself is visible, the receipts audited against it with fingerprints
		// only.
		assertThat(as(this.admin, () -> this.tenders.tender(actor(this.admin), id)).isSealed()).isTrue();
		assertThat(this.jdbc.queryForList(
				"select after_state from audit_entry where entity_type = 'procurement-tender' and entity_id = ?",
				String.class, String.valueOf(id)))
			.noneMatch(s -> s != null && s.contains("Sealedsupplier"));
	}

	@Test
	void bidsAreReceivedOnlyBeforeTheOpeningAndOpenedOnlyAfterItWithWhoAndWhenRecorded() {
		long id = tenderWithTwoBids();
		assertThatThrownBy(() -> as(this.buyer,
				() -> this.tenders.open(actor(this.buyer), id, this.fixtures.version(this.buyer, id))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("procurement.error.notYetOpen"));
		this.fixtures.openingReached(id);
		assertThatThrownBy(() -> this.fixtures.bid(this.buyer, id, "Late", "1")).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("procurement.error.bidsClosed"));
		assertThatThrownBy(
				() -> as(this.ann, () -> this.tenders.open(actor(this.ann), id, this.fixtures.version(this.ann, id))))
			.isInstanceOf(AccessDeniedException.class);
		long stale = this.fixtures.version(this.buyer, id) - 1;
		assertThatThrownBy(() -> as(this.buyer, () -> this.tenders.open(actor(this.buyer), id, stale)))
			.isInstanceOf(StaleVersionException.class);

		Instant before = Instant.now();
		Tender opened = as(this.buyer,
				() -> this.tenders.open(actor(this.buyer), id, this.fixtures.version(this.buyer, id)));
		assertThat(opened.openedBy()).isEqualTo(this.buyer.username());
		assertThat(opened.openedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
		assertThat(as(this.buyer, () -> this.tenders.bids(actor(this.buyer), id))).extracting(Bid::supplier)
			.containsExactly("Sealedsupplier Alpha", "Sealedsupplier Beta");
		List<String> openedBids = this.jdbc
			.queryForList("select entity_id from audit_entry where action = 'procurement-bid.opened'", String.class);
		assertThat(this.fixtures.bids(this.buyer, id)).allMatch(b -> openedBids.contains(String.valueOf(b)));
	}

	@Test
	void aMemberSeesNoBidBeforeDeclaringAndAMemberWithAConflictTakesNoPart() {
		long id = tenderWithTwoBids();
		this.fixtures.open(this.buyer, id);
		assertThatThrownBy(() -> as(this.ann, () -> this.tenders.bids(actor(this.ann), id)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.bob, () -> this.evaluation.declare(actor(this.bob), id, true, " ")))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("note"));
		as(this.bob, () -> this.evaluation.declare(actor(this.bob), id, true, "Former employee of Beta"));
		assertThatThrownBy(() -> as(this.bob, () -> this.tenders.bids(actor(this.bob), id)))
			.isInstanceOf(AccessDeniedException.class);
		this.fixtures.declareNoConflict(this.ann, id);
		assertThat(as(this.ann, () -> this.tenders.bids(actor(this.ann), id))).hasSize(2);
		// Someone neither on the project nor on the committee does not see the tender.
		assertThatThrownBy(() -> as(this.outsider, () -> this.tenders.tender(actor(this.outsider), id)))
			.isInstanceOf(NotFoundException.class);
		assertThat(as(this.outsider, () -> this.tenders.visible(actor(this.outsider)))).noneMatch(t -> t.id() == id);
		// Committee members see the tender in their list without a role on the project.
		assertThat(as(this.ann, () -> this.tenders.visible(actor(this.ann)))).anyMatch(t -> t.id() == id);
	}

	@Test
	void anEvaluatorSeesOnlyTheirOwnScoresUntilTheySubmitAndTheOthersOnlyOnceSubmitted() {
		long id = tenderWithTwoBids();
		this.fixtures.open(this.buyer, id);
		this.fixtures.declareNoConflict(this.ann, id);
		this.fixtures.declareNoConflict(this.bob, id);
		List<Long> bids = this.fixtures.bids(this.buyer, id);

		this.fixtures.score(this.ann, bids.get(0), "8");
		this.fixtures.score(this.bob, bids.get(0), "6");
		this.fixtures.score(this.bob, bids.get(1), "6");
		assertThat(as(this.ann, () -> this.evaluation.scores(actor(this.ann), id)))
			.allMatch(s -> s.evaluatorId() == this.ann.id())
			.hasSize(2);
		assertThatThrownBy(() -> this.fixtures.submit(this.ann, id)).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.getMessage()).contains("Sealedsupplier Beta").contains("Eligibility"));
		this.fixtures.score(this.ann, bids.get(1), "6");
		assertThatThrownBy(() -> as(this.ann, () -> this.evaluation.ranking(actor(this.ann), id)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("procurement.error.evaluationIncomplete"));

		this.fixtures.submit(this.ann, id);
		// Ann submitted; Bob has not: Ann still sees only her own, Bob only his own.
		assertThat(as(this.ann, () -> this.evaluation.scores(actor(this.ann), id)))
			.allMatch(s -> s.evaluatorId() == this.ann.id());
		assertThat(as(this.bob, () -> this.evaluation.scores(actor(this.bob), id)))
			.allMatch(s -> s.evaluatorId() == this.bob.id())
			.hasSize(4);
		// The buyer sees the submitted sheets only.
		assertThat(as(this.buyer, () -> this.evaluation.scores(actor(this.buyer), id)))
			.allMatch(s -> s.evaluatorId() == this.ann.id());
		assertThatThrownBy(() -> this.fixtures.score(this.ann, bids.get(0), "10")).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("procurement.error.submitted"));

		this.fixtures.submit(this.bob, id);
		assertThat(as(this.ann, () -> this.evaluation.scores(actor(this.ann), id))).hasSize(8);
		assertThat(as(this.bob, () -> this.evaluation.scores(actor(this.bob), id))).hasSize(8);
	}

	@Test
	void theRankingOnceAllHaveSubmittedAndTheChairsDecisionStartsTheStandstill() {
		long id = tenderWithTwoBids();
		this.fixtures.open(this.buyer, id);
		this.fixtures.declareNoConflict(this.ann, id);
		this.fixtures.declareNoConflict(this.bob, id);
		List<Long> bids = this.fixtures.bids(this.buyer, id);
		this.fixtures.score(this.ann, bids.get(0), "8");
		this.fixtures.score(this.ann, bids.get(1), "6");
		this.fixtures.score(this.bob, bids.get(0), "6");
		this.fixtures.score(this.bob, bids.get(1), "6");
		assertThatThrownBy(() -> as(this.ann,
				() -> this.evaluation.score(actor(this.ann), bids.get(0), ProcurementFixtures.METHOD,
						new BigDecimal("11"), null, "Too good")))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("score"));
		this.fixtures.submit(this.ann, id);
		this.fixtures.submit(this.bob, id);

		List<Consolidation.RankedBid> ranking = as(this.buyer, () -> this.evaluation.ranking(actor(this.buyer), id));
		// Alpha: 7/10 x 70 = 49 + 80,000/100,000 x 30 = 24 = 73; Beta: 42 + 30 = 72.
		assertThat(ranking).extracting(Consolidation.RankedBid::supplier)
			.containsExactly("Sealedsupplier Alpha", "Sealedsupplier Beta");
		assertThat(ranking).extracting(Consolidation.RankedBid::total)
			.containsExactly(new BigDecimal("73.00"), new BigDecimal("72.00"));

		assertThatThrownBy(() -> as(this.bob, () -> this.evaluation.decide(actor(this.bob), id,
				this.fixtures.version(this.bob, id), bids.get(0), "Best value")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.buyer, () -> this.evaluation.decide(actor(this.buyer), id,
				this.fixtures.version(this.buyer, id), bids.get(0), "Best value")))
			.isInstanceOf(AccessDeniedException.class);
		Tender decided = as(this.ann, () -> this.evaluation.decide(actor(this.ann), id,
				this.fixtures.version(this.ann, id), bids.get(0), "Best value for money"));
		assertThat(decided.status()).isEqualTo(Tender.Status.DECIDED);
		assertThat(decided.awardedBidId()).isEqualTo(bids.get(0));
		assertThat(decided.decidedBy()).isEqualTo(this.ann.username());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(decided.standstillEndsOn()).isEqualTo(today.plusDays(10));
		assertThat(decided.isAwardFinal(today)).isFalse();
		assertThat(decided.isAwardFinal(today.plusDays(11))).isTrue();
	}

	@Test
	void aTenderNeedsWeightsOfOneHundredAndAnOpeningInTheFuture() {
		TenderService.TenderDraft ok = new TenderService.TenderDraft(this.projectId, "T-W" + System.nanoTime(),
				"Weights", null, "EUR", Instant.now().plus(Duration.ofDays(1)), 5, null, List.of(),
				List.of(new TenderService.CriterionDraft("Q", "Quality", Criterion.Kind.TECHNICAL, new BigDecimal("60"),
						10),
						new TenderService.CriterionDraft("P", "Price", Criterion.Kind.FINANCIAL, new BigDecimal("30"),
								null)),
				List.of(new TenderService.MemberDraft(this.ann.id(), true)));
		assertThatThrownBy(() -> as(this.buyer, () -> this.tenders.create(actor(this.buyer), ok)))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.field()).isEqualTo("criteria");
				assertThat(ex.getMessage()).contains("90");
			});
		TenderService.TenderDraft past = new TenderService.TenderDraft(this.projectId, "T-P" + System.nanoTime(),
				"Past", null, "EUR", Instant.now().minusSeconds(60), 5, null, List.of(), ok.criteria(), ok.committee());
		assertThatThrownBy(() -> as(this.buyer, () -> this.tenders.create(actor(this.buyer), past)))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("opensAt"));
		PersonSummary unscreened = this.identity.person("nos", ScreeningLevel.NONE);
		TenderService.TenderDraft uncleared = new TenderService.TenderDraft(this.projectId, "T-U" + System.nanoTime(),
				"Uncleared", null, "EUR", Instant.now().plus(Duration.ofDays(1)), 5, null, List.of(), List
					.of(ok.criteria().get(0),
							new TenderService.CriterionDraft("P", "Price", Criterion.Kind.FINANCIAL,
									new BigDecimal("40"), null)),
				List.of(new TenderService.MemberDraft(unscreened.id(), false)));
		assertThatThrownBy(() -> as(this.buyer, () -> this.tenders.create(actor(this.buyer), uncleared)))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("committee"));
	}

}
