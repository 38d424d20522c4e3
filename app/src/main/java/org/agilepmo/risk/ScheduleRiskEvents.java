package org.agilepmo.risk;

import java.math.BigDecimal;
import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * The risk register as input to a quantitative schedule risk analysis: a project's open
 * threats that are linked to plan activities and say what they do when they happen.
 */
public interface ScheduleRiskEvents {

	/**
	 * The open threats of the project linked to at least one plan activity and with a
	 * schedule impact, in register order; empty when the person may not see the register.
	 */
	List<ScheduleRiskEvent> of(Actor actor, long projectId);

	/**
	 * One risk as an event: with {@code probability} (0..1) it delays each linked plan
	 * activity by minimum / most likely / maximum working minutes (one draw for all of
	 * them) and adds {@code cost}.
	 */
	record ScheduleRiskEvent(long riskId, String code, String title, double probability, List<Long> activityIds,
			int delayMinMinutes, int delayLikelyMinutes, int delayMaxMinutes, BigDecimal cost) {

		public ScheduleRiskEvent {
			activityIds = List.copyOf(activityIds);
		}

	}

}
