package org.agilepmo.risk.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.risk.RiskActivityChoices;
import org.agilepmo.risk.RiskActivityChoices.ActivityChoice;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The data centre register's threats as risk events of the plan: the data migration risk
 * delays the second and third waves, and a new risk of re-accrediting the police systems
 * delays the third wave and adds its cost.
 */
@Component
@Order(55)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class ScheduleRiskDemo implements DemoContribution {

	private static final int DAY = 480;

	private final RiskService risks;

	private final Risks stored;

	private final RegisterAccess access;

	private final ScheduleImpactEdits impacts;

	private final ObjectProvider<RiskActivityChoices> activities;

	private final Overdue clock;

	ScheduleRiskDemo(RiskService risks, Risks stored, RegisterAccess access, ScheduleImpactEdits impacts,
			ObjectProvider<RiskActivityChoices> activities, Overdue clock) {
		this.risks = risks;
		this.stored = stored;
		this.access = access;
		this.impacts = impacts;
		this.activities = activities;
		this.clock = clock;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		RiskActivityChoices choices = this.activities.getIfAvailable();
		ProjectOverview dc = this.access.visibleProjects(admin)
			.values()
			.stream()
			.filter(p -> "INFRA-DC".equals(p.code()))
			.findFirst()
			.orElse(null);
		if (dc == null || choices == null) {
			return;
		}
		List<ActivityChoice> plan = choices.of(admin, dc.id());
		Long wave2 = activity(plan, "Migration wave 2: citizen services");
		Long wave3 = activity(plan, "Migration wave 3: police systems");
		if (wave2 == null || wave3 == null) {
			return;
		}
		this.stored.findByProjectIdOrderByIdAsc(dc.id())
			.stream()
			.filter(r -> r.title().equals("Data migration takes longer than the window"))
			.findFirst()
			.map(r -> this.risks.risk(admin, r.id()))
			.ifPresent(r -> this.impacts.revise(admin, r.id(), r.version(), null, List.of(wave2, wave3), 40, 5 * DAY,
					10 * DAY, 25 * DAY, new BigDecimal("25000")));
		Risk accreditation = this.risks.record(admin, dc.id(),
				new RiskDraft(Nature.THREAT, "Police systems need re-accreditation after the move", "New hosting",
						"The accreditor asks for a new audit", "Wave 3 waits for the audit", "LEGAL", null, 3,
						Map.of("schedule", 3, "cost", 2), this.clock.today().plusDays(60), null, null, null, null,
						List.of()));
		Risk recorded = this.risks.risk(admin, accreditation.id());
		this.impacts.revise(admin, recorded.id(), recorded.version(), null, List.of(wave3), 30, 3 * DAY, 8 * DAY,
				15 * DAY, new BigDecimal("12000"));
	}

	private static Long activity(List<ActivityChoice> plan, String name) {
		return plan.stream().filter(a -> a.name().equals(name)).map(ActivityChoice::id).findFirst().orElse(null);
	}

}
