package org.agilepmo.planning.internal;

import java.time.LocalDate;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.ConstraintType;
import org.agilepmo.planning.PlanMilestones;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * Another module's milestones on a plan, added as the plan page adds them: a milestone
 * that may not start before its day, with that day as its deadline.
 */
@Component
class PlanMilestoneWriter implements PlanMilestones {

	private final PlanService plans;

	PlanMilestoneWriter(PlanService plans) {
		this.plans = plans;
	}

	@Override
	public long addMilestone(Actor actor, long projectId, String name, LocalDate due) {
		ActivityDraft draft = new ActivityDraft(ActivityKind.MILESTONE, name, null, 0, null,
				ConstraintType.START_NO_EARLIER_THAN, due.atStartOfDay(), due.atTime(23, 59), null, null, 0, null);
		return this.plans.addActivity(actor, projectId, draft).id();
	}

}
