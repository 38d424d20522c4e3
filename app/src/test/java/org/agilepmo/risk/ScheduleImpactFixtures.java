package org.agilepmo.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.RegisterScheduleRiskEvents;
import org.agilepmo.risk.internal.RiskDraft;
import org.agilepmo.risk.internal.RiskService;
import org.agilepmo.shared.ObjectRef;

import org.springframework.boot.test.context.TestComponent;

/**
 * The risk module's test support for schedule risk analysis: open threats linked to plan
 * activities with a schedule impact, made as a person who keeps the register.
 */
@TestComponent
public class ScheduleImpactFixtures {

	private final RiskService risks;

	private final RegisterScheduleRiskEvents impacts;

	ScheduleImpactFixtures(RiskService risks, RegisterScheduleRiskEvents impacts) {
		this.risks = risks;
		this.impacts = impacts;
	}

	/**
	 * An open threat linked to the plan activities given, with a schedule impact; answers
	 * its id.
	 */
	public long scheduleRisk(PersonSummary keeper, long projectId, String title, int probabilityPercent,
			int delayMinMinutes, int delayLikelyMinutes, int delayMaxMinutes, long cost, long... activityIds) {
		List<ObjectRef> links = java.util.Arrays.stream(activityIds)
			.mapToObj(id -> new ObjectRef("plan-activity", id))
			.toList();
		long id = this.risks
			.record(IdentityFixtures.actor(keeper), projectId,
					new RiskDraft(Nature.THREAT, title, null, null, null, "TECHNICAL", null, 3, Map.of("schedule", 4),
							null, null, null, null, null, links.stream().map(ObjectRef::key).toList()))
			.id();
		this.impacts.revise(IdentityFixtures.actor(keeper), id, null, probabilityPercent, delayMinMinutes,
				delayLikelyMinutes, delayMaxMinutes, BigDecimal.valueOf(cost));
		return id;
	}

}
