package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Call-offs against a framework agreement's ceiling (run it on PostgreSQL with
 * PMO_TEST_DATABASE_URL, as CI does): a call-off past the ceiling is refused naming the
 * ceiling; two call-offs racing in two transactions for the last of the ceiling leave one
 * placed and one refused; the life cycle, renewal and expiry alert; who may see and run
 * an agreement.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class, FinanceFixtures.class, ProcurementFixtures.class })
class CallOffCeilingTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ProcurementFixtures fixtures;

	@Autowired
	AgreementService agreements;

	PersonSummary pmo;

	PersonSummary manager;

	ExecutorService pool;

	@BeforeEach
	void thePmoAndAManager() {
		PortfolioScene scene = this.portfolios.scene();
		this.pmo = scene.officer();
		this.manager = scene.person("mgr", ScreeningLevel.BASIC);
		this.pool = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	<T> T as(PersonSummary person, Callable<T> work) {
		return this.identity.actingAs(person, work);
	}

	static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	CallOff callOff(PersonSummary who, long agreementId, String amount) {
		return as(who, () -> this.agreements.callOff(actor(who), agreementId,
				new AgreementService.CallOffDraft("L1", "Alpha", new BigDecimal(amount), null, "Two consultants")));
	}

	@Test
	void aCallOffPastTheCeilingIsRefusedNamingTheCeilingAndWhatRemains() {
		long id = this.fixtures.agreement(this.pmo, "1000.00", this.manager);
		callOff(this.manager, id, "600.00");
		assertThatThrownBy(() -> callOff(this.manager, id, "400.01"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.field()).isEqualTo("amount");
				assertThat(ex.messageKey()).isEqualTo("procurement.error.ceilingExceeded");
				assertThat(ex.getMessage()).contains("1000.00 EUR").contains("400.00 EUR");
			});
		callOff(this.manager, id, "400.00");
		AgreementService.AgreementView view = as(this.manager,
				() -> this.agreements.agreement(actor(this.manager), id));
		assertThat(view.committed()).isEqualByComparingTo("1000.00");
		assertThat(view.remaining()).isEqualByComparingTo("0.00");
		assertThatThrownBy(() -> as(this.manager,
				() -> this.agreements.callOff(actor(this.manager), id,
						new AgreementService.CallOffDraft("L1", "Gamma", BigDecimal.ONE, null, "Not on the lot"))))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("supplier"));
	}

	@Test
	void twoCallOffsRacingForTheLastOfTheCeilingLeaveOnePlacedAndOneRefused() throws Exception {
		long id = this.fixtures.agreement(this.pmo, "1000.00", this.manager);
		callOff(this.manager, id, "400.00");
		CountDownLatch start = new CountDownLatch(1);
		List<Future<CallOff>> racing = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			racing.add(this.pool.submit(() -> {
				start.await();
				return callOff(this.manager, id, "500.00");
			}));
		}
		start.countDown();
		int placed = 0;
		List<Throwable> refused = new ArrayList<>();
		for (Future<CallOff> f : racing) {
			try {
				f.get(60, TimeUnit.SECONDS);
				placed++;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				refused.add(ex.getCause());
			}
		}
		assertThat(placed).isEqualTo(1);
		assertThat(refused).singleElement()
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getMessage()).contains("1000.00 EUR").contains("100.00 EUR"));
		assertThat(as(this.pmo, () -> this.agreements.agreement(actor(this.pmo), id)).committed())
			.isEqualByComparingTo("900.00");
	}

	@Test
	void anAgreementMovesThroughItsLifeCycleRenewsWhileOptionsRemainAndAlertsBeforeItsEnd() {
		long id = this.fixtures.agreement(this.pmo, "1000.00", this.manager);
		FrameworkAgreement a = as(this.pmo, () -> this.agreements.agreement(actor(this.pmo), id)).agreement();
		assertThat(a.stages()).extracting(StageEntry::stage)
			.containsExactly(FrameworkAgreement.Stage.SCOPING, FrameworkAgreement.Stage.CONSULTATION,
					FrameworkAgreement.Stage.EVALUATION, FrameworkAgreement.Stage.AWARD,
					FrameworkAgreement.Stage.EXECUTION);
		assertThatThrownBy(() -> as(this.pmo,
				() -> this.agreements.moveTo(actor(this.pmo), id, a.version(), FrameworkAgreement.Stage.SCOPING)))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("stage"));
		// Ends in a year, alert 60 days before: not yet.
		assertThat(as(this.manager, () -> this.agreements.expiring(actor(this.manager)))).noneMatch(x -> x.id() == id);
		FrameworkAgreement renewal = as(this.manager,
				() -> this.agreements.moveTo(actor(this.manager), id, a.version(), FrameworkAgreement.Stage.RENEWAL));
		FrameworkAgreement renewed = as(this.manager, () -> this.agreements.moveTo(actor(this.manager), id,
				renewal.version(), FrameworkAgreement.Stage.EXECUTION));
		assertThat(renewed.endsOn()).isEqualTo(a.endsOn().plusMonths(12));
		assertThat(renewed.renewalsLeft()).isZero();
		FrameworkAgreement again = as(this.manager, () -> this.agreements.moveTo(actor(this.manager), id,
				renewed.version(), FrameworkAgreement.Stage.RENEWAL));
		assertThatThrownBy(() -> as(this.manager,
				() -> this.agreements.moveTo(actor(this.manager), id, again.version(),
						FrameworkAgreement.Stage.EXECUTION)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("procurement.error.noRenewalLeft"));
		assertThat(a.isExpiring(a.endsOn().minusDays(60))).isTrue();
		assertThat(a.isExpiring(a.endsOn().minusDays(61))).isFalse();
	}

	@Test
	void anAgreementIsThePmosAndItsManagersOnly() {
		long id = this.fixtures.agreement(this.pmo, "1000.00", this.manager);
		PersonSummary member = this.identity.person("member", ScreeningLevel.ENHANCED);
		assertThatThrownBy(() -> as(member, () -> this.agreements.agreement(actor(member), id)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> callOff(member, id, "1.00")).isInstanceOf(NotFoundException.class);
		assertThat(as(member, () -> this.agreements.visible(actor(member)))).noneMatch(v -> v.agreement().id() == id);
		assertThat(as(this.manager, () -> this.agreements.visible(actor(this.manager))))
			.anyMatch(v -> v.agreement().id() == id);
		PersonSummary admin = this.identity.person("adm", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		assertThat(as(admin, () -> this.agreements.agreement(actor(admin), id))).isNotNull();
		assertThatThrownBy(() -> this.fixtures.agreement(this.manager, "1.00"))
			.isInstanceOf(AccessDeniedException.class);
	}

}
