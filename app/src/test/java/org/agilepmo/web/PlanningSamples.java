package org.agilepmo.web;

import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.identity.internal.IdentityFixtures;
import org.agilepmo.planning.internal.ActivityDraft;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.CalendarDraft;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.portfolio.internal.PortfolioScene;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.planning.internal.BaselineService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Plan objects for the access matrix's sample requests: each call makes a fresh one in
 * the scene's current project, as an administrator, so that every sample finds what it
 * changes. Registered by component scanning in the tests' application context; the
 * samples reach it through the scene's own application context, because the matrix's
 * samples are plain functions of the scene.
 */
@Component
class PlanningSamples {

	private final PlanService plans;

	private final ObjectProvider<IdentityFixtures> people;

	private final BaselineService baselineService;

	PlanningSamples(PlanService plans, ObjectProvider<IdentityFixtures> people, BaselineService baselineService) {
		this.baselineService = baselineService;
		this.plans = plans;
		this.people = people;
	}

	ActivityView activity(AccessMatrix.Scene scene) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		return this.people.getObject()
			.actingAs(admin, () -> this.plans.addActivity(PortfolioScene.actor(admin), scene.projectId(),
					ActivityDraft.task("Matrix activity", 480)));
	}

	long dependency(AccessMatrix.Scene scene) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		long a = activity(scene).id();
		long b = activity(scene).id();
		return this.people.getObject()
			.actingAs(admin,
					() -> this.plans.addDependency(PortfolioScene.actor(admin), scene.projectId(), a, b,
							LinkType.FINISH_START, Lag.NONE))
			.id();
	}

	long calendar(AccessMatrix.Scene scene) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		return this.people.getObject()
			.actingAs(admin,
					() -> this.plans.addCalendar(PortfolioScene.actor(admin), scene.projectId(),
							CalendarDraft.standard("Matrix calendar")))
			.id();
	}

	String baseline(AccessMatrix.Scene scene) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		activity(scene);
		return this.people.getObject()
			.actingAs(admin,
					() -> this.baselineService.saveBaseline(PortfolioScene.actor(admin), scene.projectId(), "Matrix"))
			.name();
	}

	long planVersion(AccessMatrix.Scene scene) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		return this.people.getObject()
			.actingAs(admin, () -> this.plans.plan(PortfolioScene.actor(admin), scene.projectId()))
			.version();
	}

	/** A one-task MS Project XML file, base64-encoded. */
	static String smallFileBase64() {
		return java.util.Base64.getEncoder().encodeToString(org.agilepmo.planning.PlanFiles.oneTaskMspdi());
	}

}
