package org.agilepmo.planning.internal;

import org.agilepmo.planning.PlanResources;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an export writes: the plan with its schedule and its resources and assignments,
 * read in one transaction so that both are of the same version of the plan.
 */
@Service
public class PlanExport {

	private final PlanService plans;

	private final PlanResourceService staffing;

	PlanExport(PlanService plans, PlanResourceService staffing) {
		this.plans = plans;
		this.staffing = staffing;
	}

	/** The plan and its staffing as the person may see them (404 otherwise). */
	@Transactional(readOnly = true)
	public Exported read(Actor actor, long projectId) {
		return new Exported(this.plans.plan(actor, projectId), this.staffing.staffing(actor, projectId));
	}

	/** A plan with its resources and assignments. */
	public record Exported(PlanView plan, PlanResources.Staffing staffing) {
	}

}
