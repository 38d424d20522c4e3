package org.agilepmo.portfolio.internal;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview list other modules use for roadmaps and dashboards keeps the access rule.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class ProjectOverviewListTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioService portfolios;

	@Autowired
	ProjectService projects;

	@Autowired
	ProjectCatalogue catalogue;

	@Test
	void theListHoldsOnlyProjectsThePersonMaySeeWithTheirPlaceInThePortfolio() {
		PortfolioScene scene = new PortfolioScene(this.identity, this.portfolios, this.projects);
		long portfolio = scene.portfolio().id();
		ProgrammeView programme = scene.programme(portfolio);
		ProjectView seen = scene.project(portfolio, Classification.PUBLIC,
				d -> new org.agilepmo.portfolio.ProjectDraft(d.code(), d.name(), d.description(), d.type(),
						d.methodology(), d.classification(), d.portfolioId(), programme.id(), null, null, null,
						d.squadIds(), java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 6, 30),
						d.health(), null, d.tags()));
		ProjectView tooSecret = scene.project(portfolio, Classification.PUBLIC);
		ProjectView notMine = scene.project(portfolio, Classification.PUBLIC);
		PersonSummary member = this.identity.person("viewer", ScreeningLevel.BASIC);
		scene.giveProjectRole(seen.id(), member, ProjectRole.VIEWER);
		scene.giveProjectRole(tooSecret.id(), member, ProjectRole.VIEWER);
		scene.classify(tooSecret.id(), Classification.CONFIDENTIAL);

		var list = this.catalogue.listVisible(PortfolioScene.actor(member));

		assertThat(list).extracting(ProjectOverview::id)
			.contains(seen.id())
			.doesNotContain(tooSecret.id(), notMine.id());
		ProjectOverview overview = list.stream().filter(o -> o.id() == seen.id()).findFirst().orElseThrow();
		assertThat(overview.programmeName()).isEqualTo(programme.name());
		assertThat(overview.portfolioName()).isNotBlank();
		assertThat(overview.plannedFinish()).isEqualTo(java.time.LocalDate.of(2027, 6, 30));
		assertThat(this.catalogue.listVisible(PortfolioScene.actor(scene.officer()))).extracting(ProjectOverview::id)
			.contains(seen.id(), tooSecret.id(), notMine.id());
	}

}
