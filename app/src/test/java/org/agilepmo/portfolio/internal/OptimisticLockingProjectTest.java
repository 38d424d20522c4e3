package org.agilepmo.portfolio.internal;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.Health;
import org.agilepmo.shared.Classification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people load the same project; the first saves; the second's save, based on the old
 * version, is refused and the stored project keeps the first change and its version.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class OptimisticLockingProjectTest {

	@Autowired
	Projects projects;

	@Autowired
	Portfolios portfolios;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioService portfolioService;

	@Autowired
	ProjectService projectService;

	@Test
	void savingAStaleCopyOfAProjectFailsAndChangesNothing() {
		PortfolioScene scene = new PortfolioScene(this.identity, this.portfolioService, this.projectService);
		long id = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();

		Project first = this.transactions.execute(status -> this.projects.findById(id).orElseThrow());
		Project second = this.transactions.execute(status -> this.projects.findById(id).orElseThrow());
		assertThat(first.version()).isEqualTo(second.version()).isZero();

		first.reportHealth(Health.AMBER, "Supplier is late");
		this.transactions.executeWithoutResult(status -> this.projects.save(first));

		second.reportHealth(Health.RED, "Budget exhausted");
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> this.projects.save(second)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);

		Project stored = this.transactions.execute(status -> this.projects.findById(id).orElseThrow());
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.health()).isEqualTo(Health.AMBER);
		assertThat(stored.healthReason()).isEqualTo("Supplier is late");
	}

	@Test
	void savingAStaleCopyOfAPortfolioFailsAndChangesNothing() {
		PortfolioScene scene = new PortfolioScene(this.identity, this.portfolioService, this.projectService);
		long id = scene.portfolio().id();

		Portfolio first = this.transactions.execute(status -> this.portfolios.findById(id).orElseThrow());
		Portfolio second = this.transactions.execute(status -> this.portfolios.findById(id).orElseThrow());
		first.revise(first.code(), "First name", null);
		this.transactions.executeWithoutResult(status -> this.portfolios.save(first));

		second.revise(second.code(), "Second name", null);
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> this.portfolios.save(second)))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);

		Portfolio stored = this.transactions.execute(status -> this.portfolios.findById(id).orElseThrow());
		assertThat(stored.name()).isEqualTo("First name");
		assertThat(stored.version()).isEqualTo(1);
	}

}
