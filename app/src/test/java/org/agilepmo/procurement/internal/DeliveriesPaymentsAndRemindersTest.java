package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contract's deliverables are accepted before they are paid for, payments are actual
 * costs on the budget and never add up past the contract's value; a call-off checks its
 * lot's ceiling and the agreement's; the committee hears of the opening, the buyer of an
 * overdue deliverable and the managers of an agreement nearing its end, once.
 */
@PmoTest
@RecordApplicationEvents
class DeliveriesPaymentsAndRemindersTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ProcurementFixtures fixtures;

	@Autowired
	FinanceFixtures finance;

	@Autowired
	DeliveryService delivery;

	@Autowired
	AgreementService agreements;

	@Autowired
	ProcurementReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	PersonSummary buyer;

	PersonSummary evaluator;

	long projectId;

	@BeforeEach
	void aProjectWithABudget() {
		PortfolioScene scene = this.portfolios.scene();
		this.buyer = this.people.person("buyer", ScreeningLevel.BASIC);
		this.evaluator = this.people.person("eval", ScreeningLevel.BASIC);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.buyer.id()))
			.id();
		this.finance.draft(this.buyer, this.projectId);
	}

	@Test
	void onlyAcceptedDeliverablesArePaidAsActualCostsAndNeverPastTheContractsValue() {
		long tender = this.fixtures.awarded(this.buyer, this.projectId, this.evaluator);
		long contract = this.fixtures.contract(this.buyer, tender);
		var actor = IdentityFixtures.actor(this.buyer);
		Deliverable report = this.people.actingAs(this.buyer,
				() -> this.delivery.add(actor, contract, "Inception report", LocalDate.now().plusDays(10)));
		assertThatThrownBy(() -> this.people.actingAs(this.buyer,
				() -> this.delivery.pay(actor, report.id(), new BigDecimal("100"), null, "INV-0")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("not accepted");
		this.people.actingAs(this.buyer, () -> this.delivery.accept(actor, report.id(), report.version()));
		Payment first = this.people.actingAs(this.buyer,
				() -> this.delivery.pay(actor, report.id(), new BigDecimal("600.00"), null, "INV-1"));
		assertThat(first.actualId()).isPositive();
		assertThatThrownBy(() -> this.people.actingAs(this.buyer,
				() -> this.delivery.pay(actor, report.id(), new BigDecimal("400.01"), null, "INV-2")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("1000.00 EUR")
			.hasMessageContaining("400.00 EUR remain");
		this.people.actingAs(this.buyer,
				() -> this.delivery.pay(actor, report.id(), new BigDecimal("400.00"), null, "INV-3"));
		assertThat(this.delivery.payments(actor, contract)).extracting(Payment::reference)
			.containsExactly("INV-1", "INV-3");
	}

	@Test
	void aCallOffChecksItsLotsCeilingAndTheAgreements() {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		var actor = IdentityFixtures.actor(pmo);
		long id = this.people.actingAs(pmo, () -> {
			FrameworkAgreement a = this.agreements.create(actor, new AgreementService.AgreementDraft(
					"FA-L" + System.nanoTime() % 100000000, "Lots", null, Classification.PUBLIC, "EUR",
					new BigDecimal("1000.00"), LocalDate.now().minusDays(10), LocalDate.now().plusYears(1), 0, 12, 30,
					List.of(new AgreementService.LotDraft("L1", "Capped", List.of("Alpha"), new BigDecimal("300.00")),
							new AgreementService.LotDraft("L2", "Open", List.of("Beta"))),
					List.of()));
			long version = a.version();
			for (FrameworkAgreement.Stage s : List.of(FrameworkAgreement.Stage.CONSULTATION,
					FrameworkAgreement.Stage.EVALUATION, FrameworkAgreement.Stage.AWARD,
					FrameworkAgreement.Stage.EXECUTION)) {
				version = this.agreements.moveTo(actor, a.id(), version, s).version();
			}
			return a.id();
		});
		this.people.actingAs(pmo, () -> this.agreements.callOff(actor, id,
				new AgreementService.CallOffDraft("L1", "Alpha", new BigDecimal("300.00"), null, "Up to the lot")));
		assertThatThrownBy(() -> this.people.actingAs(pmo,
				() -> this.agreements.callOff(actor, id,
						new AgreementService.CallOffDraft("L1", "Alpha", new BigDecimal("0.01"), null,
								"Past the lot"))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("ceiling of lot L1");
		this.people.actingAs(pmo, () -> this.agreements.callOff(actor, id,
				new AgreementService.CallOffDraft("L2", "Beta", new BigDecimal("700.00"), null, "The rest")));
		assertThatThrownBy(() -> this.people.actingAs(pmo,
				() -> this.agreements.callOff(actor, id,
						new AgreementService.CallOffDraft("L2", "Beta", new BigDecimal("0.01"), null,
								"Past the agreement"))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("agreement's ceiling");
	}

	@Test
	void theCommitteeHearsOfTheOpeningAndOfficersOfOverdueDeliverablesAndExpiringAgreementsOnce() {
		long tender = this.fixtures.tender(this.buyer, this.projectId, this.evaluator);
		this.fixtures.bid(this.buyer, tender, "Alpha", "1000");
		this.fixtures.open(this.buyer, tender);
		assertThat(this.events.stream(Attention.class)).anyMatch(a -> a.personId() == this.evaluator.id()
				&& a.about().equals(new ObjectRef(TenderService.TENDER, tender)));

		long awarded = this.fixtures.awarded(this.buyer, this.projectId, this.evaluator);
		long contract = this.fixtures.contract(this.buyer, awarded);
		var actor = IdentityFixtures.actor(this.buyer);
		this.people.actingAs(this.buyer,
				() -> this.delivery.add(actor, contract, "Late design", LocalDate.now().minusDays(2)));
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary manager = this.people.person("manager", ScreeningLevel.BASIC);
		long agreement = this.fixtures.agreement(pmo, "1000.00", manager);
		this.jdbc.update("update procurement_agreement set ends_on = ? where id = ?",
				java.sql.Date.valueOf(LocalDate.now().plusDays(5)), agreement);
		this.events.clear();
		this.reminders.remind();
		assertThat(this.events.stream(Attention.class)).anyMatch(a -> a.personId() == this.buyer.id()
				&& a.about().equals(new ObjectRef(ContractService.CONTRACT, contract)) && a.reason().equals("due"));
		assertThat(this.events.stream(Attention.class)).anyMatch(a -> a.personId() == manager.id()
				&& a.about().equals(new ObjectRef(AgreementService.AGREEMENT, agreement)));
		this.events.clear();
		this.reminders.remind();
		assertThat(this.events.stream(Attention.class))
			.noneMatch(a -> a.personId() == this.buyer.id() || a.personId() == manager.id());
	}

}
