package org.agilepmo.planning;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning module started with the modules it depends on and no others (no intake,
 * governance or demo): a linked task is scheduled by the engine to start when its
 * predecessor finishes.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class, PlanningFixtures.class })
class PlanningModuleTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	PlanningFixtures plans;

	@Autowired
	PlanService planService;

	@Test
	void aLinkedTaskStartsWhenItsPredecessorFinishes() {
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary officer = scene.officer();
		long project = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();

		long design = this.plans.task(officer, project, "Design", 960);
		long build = this.plans.task(officer, project, "Build", 480);
		this.plans.finishToStart(officer, project, design, build);

		Actor actor = PortfolioScene.actor(officer);
		ActivityView first = this.identity.actingAs(officer, () -> this.planService.activity(actor, project, design));
		ActivityView second = this.identity.actingAs(officer, () -> this.planService.activity(actor, project, build));
		assertThat(second.earlyStart()).isAfterOrEqualTo(first.earlyFinish());
		assertThat(second.earlyFinish()).isAfter(second.earlyStart());
	}

}
