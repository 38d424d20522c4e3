package org.agilepmo.web;

import java.math.BigDecimal;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.shared.GlobalRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Plan objects for the access matrix's sample requests: each call makes a fresh one in
 * the scene's current project, as an administrator, through the planning module's public
 * test support, so that every sample finds what it changes. Registered by component
 * scanning in the tests' application context; the samples reach it through the scene's
 * own application context, because the matrix's samples are plain functions of the scene.
 */
@Component
class PlanningSamples {

	private final ObjectProvider<PlanningFixtures> plans;

	PlanningSamples(ObjectProvider<PlanningFixtures> plans) {
		this.plans = plans;
	}

	long activity(AccessMatrix.Scene scene) {
		return this.plans.getObject().task(admin(scene), scene.projectId(), "Matrix activity", 480);
	}

	long dependency(AccessMatrix.Scene scene) {
		long a = activity(scene);
		long b = activity(scene);
		return this.plans.getObject().finishToStart(admin(scene), scene.projectId(), a, b);
	}

	long calendar(AccessMatrix.Scene scene) {
		return this.plans.getObject().standardCalendar(admin(scene), scene.projectId(), "Matrix calendar");
	}

	String baseline(AccessMatrix.Scene scene) {
		activity(scene);
		return this.plans.getObject().baseline(admin(scene), scene.projectId(), "Matrix");
	}

	long riskAnalysis(AccessMatrix.Scene scene) {
		activity(scene);
		return this.plans.getObject().riskAnalysis(admin(scene), scene.projectId());
	}

	long correlationGroup(AccessMatrix.Scene scene) {
		return this.plans.getObject()
			.correlationGroup(admin(scene), scene.projectId(), "Matrix group", 0.5,
					java.util.List.of(activity(scene), activity(scene)));
	}

	long resource(AccessMatrix.Scene scene) {
		return this.plans.getObject().resource(admin(scene), scene.projectId(), "Matrix resource", BigDecimal.ONE);
	}

	long assignment(AccessMatrix.Scene scene) {
		return this.plans.getObject()
			.assignment(admin(scene), scene.projectId(), activity(scene), resource(scene), BigDecimal.ONE);
	}

	long planVersion(AccessMatrix.Scene scene) {
		return this.plans.getObject().planVersion(admin(scene), scene.projectId());
	}

	private static PersonSummary admin(AccessMatrix.Scene scene) {
		return scene.holderOf(GlobalRole.ADMINISTRATOR);
	}

	/** A one-task MS Project XML file, base64-encoded. */
	static String smallFileBase64() {
		return java.util.Base64.getEncoder().encodeToString(org.agilepmo.planning.PlanFiles.oneTaskMspdi());
	}

}
