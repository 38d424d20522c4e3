package org.agilepmo.planning.internal;

import java.util.List;

import org.agilepmo.risk.RiskActivityChoices;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The plan's tasks and milestones as the risks' schedule impact form offers them, under
 * the plan's access rule.
 */
@Component
class RiskLinkableActivities implements RiskActivityChoices {

	private final PlanService plans;

	RiskLinkableActivities(PlanService plans) {
		this.plans = plans;
	}

	@Override
	public List<ActivityChoice> of(Actor actor, long projectId) {
		try {
			return this.plans.plan(actor, projectId)
				.activities()
				.stream()
				.filter(a -> !a.isSummary())
				.map(a -> new ActivityChoice(a.id(), a.wbs(), a.name()))
				.toList();
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}

}
