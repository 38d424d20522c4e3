package org.agilepmo.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.risk.internal.RegisterScheduleRiskEvents.ScheduleImpactView;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule impact form of a risk's page: the plan activities the risk delays (its
 * links to plan activities; other links stay) and its impact, changed together in one
 * transaction, each audited as the register's own change of it.
 */
@Service
public class ScheduleImpactEdits {

	static final String ACTIVITY = "plan-activity";

	private final RiskService risks;

	private final RegisterScheduleRiskEvents impacts;

	ScheduleImpactEdits(RiskService risks, RegisterScheduleRiskEvents impacts) {
		this.risks = risks;
		this.impacts = impacts;
	}

	/**
	 * Links the risk to exactly {@code activityIds} among plan activities and sets its
	 * impact; {@code impactVersion} is null for a risk without one yet.
	 */
	@Transactional
	public ScheduleImpactView revise(Actor actor, long riskId, long riskVersion, Long impactVersion,
			List<Long> activityIds, int probabilityPercent, int delayMin, int delayLikely, int delayMax,
			BigDecimal cost) {
		Risk risk = this.risks.risk(actor, riskId);
		List<String> links = new ArrayList<>();
		risk.links().stream().filter(l -> !ACTIVITY.equals(l.kind())).map(ObjectRef::key).forEach(links::add);
		activityIds.stream().distinct().map(id -> new ObjectRef(ACTIVITY, id).key()).forEach(links::add);
		List<String> current = risk.links().stream().map(ObjectRef::key).toList();
		if (!(current.containsAll(links) && links.containsAll(current))) {
			this.risks.change(actor, riskId, riskVersion,
					d -> new RiskDraft(d.nature(), d.title(), d.cause(), d.event(), d.effect(), d.category(),
							d.ownerId(), d.probability(), d.impact(), d.proximity(), d.trigger(), d.response(),
							d.residualProbability(), d.residualImpact(), links),
					null);
		}
		return this.impacts.revise(actor, riskId, impactVersion, probabilityPercent, delayMin, delayLikely, delayMax,
				cost);
	}

	/** The ids of the plan activities the risk is linked to. */
	public static List<Long> activityIds(Risk risk) {
		return risk.links().stream().filter(l -> ACTIVITY.equals(l.kind())).map(ObjectRef::id).toList();
	}

}
