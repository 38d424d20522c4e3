package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An award becomes a contract after the standstill: its value is a commitment on the
 * project's budget line (finance) and its milestones are milestones of the project's plan
 * (planning); a refusal by either leaves nothing written.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class, FinanceFixtures.class, ProcurementFixtures.class })
class ContractFromAwardTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	FinanceFixtures finance;

	@Autowired
	ProcurementFixtures fixtures;

	@Autowired
	ContractService contracts;

	@Autowired
	PlanProgress plans;

	@Autowired
	JdbcTemplate jdbc;

	PersonSummary buyer;

	PersonSummary ann;

	long projectId;

	@BeforeEach
	void aProjectWithABudgetAndAnAward() {
		PortfolioScene scene = this.portfolios.scene();
		this.buyer = scene.person("buyer", ScreeningLevel.BASIC);
		this.ann = scene.person("ann", ScreeningLevel.BASIC);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.buyer.id()))
			.id();
		this.finance.draft(this.buyer, this.projectId);
	}

	<T> T as(PersonSummary person, Callable<T> work) {
		return this.identity.actingAs(person, work);
	}

	static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	ContractService.ContractDraft draft(String line) {
		return new ContractService.ContractDraft("C-" + System.nanoTime(), line, LocalDate.of(2026, 6, 1),
				List.of(new ContractService.MilestoneDraft("Inception report", LocalDate.of(2026, 7, 15)),
						new ContractService.MilestoneDraft("Final acceptance", LocalDate.of(2026, 12, 15))));
	}

	List<String> planActivities() {
		return as(this.buyer,
				() -> this.plans.progress(this.projectId, null, actor(this.buyer))
					.map(p -> p.activities().stream().map(PlanProgress.ProgressedActivity::name).toList())
					.orElse(List.of()));
	}

	@Test
	void theAwardBecomesAContractWhoseValueIsCommittedAndWhoseMilestonesAreOnThePlan() {
		long tender = this.fixtures.awarded(this.buyer, this.projectId, this.ann);
		Contract contract = as(this.buyer, () -> this.contracts.sign(actor(this.buyer), tender, draft("L1")));

		assertThat(contract.supplier()).isEqualTo("Alpha");
		assertThat(contract.value()).isEqualByComparingTo("1000.00");
		assertThat(contract.milestones()).extracting(Contract.Milestone::name)
			.containsExactly("Inception report", "Final acceptance");
		assertThat(planActivities()).contains("Inception report", "Final acceptance");
		Map<String, Object> cost = this.jdbc.queryForMap(
				"select kind, amount, line_code, origin, reference from finance_cost where id = ?",
				contract.commitmentId());
		// The row's column names are case-insensitive keys (H2 upper case, PostgreSQL
		// lower).
		assertThat(cost.get("kind")).isEqualTo("COMMITMENT");
		assertThat(cost.get("line_code")).isEqualTo("L1");
		assertThat(cost.get("origin")).isEqualTo("procurement");
		assertThat(cost.get("reference")).isEqualTo(contract.reference());
		assertThat((BigDecimal) cost.get("amount")).isEqualByComparingTo("1000.00");
		assertThatThrownBy(() -> as(this.buyer, () -> this.contracts.sign(actor(this.buyer), tender, draft("L1"))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("procurement.error.contractSigned"));
	}

	@Test
	void aLineTheBudgetDoesNotHaveRefusesTheContractAndPutsNothingOnThePlan() {
		long tender = this.fixtures.awarded(this.buyer, this.projectId, this.ann);
		List<String> before = planActivities();
		assertThatThrownBy(() -> as(this.buyer, () -> this.contracts.sign(actor(this.buyer), tender, draft("L99"))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("budgetLine"));
		assertThat(planActivities()).isEqualTo(before);
		assertThat(as(this.buyer, () -> this.contracts.ofTender(actor(this.buyer), tender))).isEmpty();
	}

	@Test
	void noContractIsSignedWhileTheStandstillRuns() {
		long tender = this.fixtures.awarded(this.buyer, this.projectId, this.ann);
		this.jdbc.update("update procurement_tender set standstill_ends_on = ? where id = ?",
				java.sql.Date.valueOf(LocalDate.now().plusDays(5)), tender);
		assertThatThrownBy(() -> as(this.buyer, () -> this.contracts.sign(actor(this.buyer), tender, draft("L1"))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("procurement.error.standstill"));
	}

}
