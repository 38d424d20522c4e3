package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.engine.risk.Distribution;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The data centre plan made ready for a schedule risk analysis: three-point estimates of
 * the work still to do (the migration waves skewed late, as the trial migration showed)
 * and the three waves in one correlation group, since the same team moves them all. The
 * register's demo links its migration risks to the waves.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class RiskAnalysisDemo implements DemoContribution {

	private final PlanService plans;

	private final ProjectCatalogue projects;

	private final CorrelationGroupService groups;

	RiskAnalysisDemo(PlanService plans, ProjectCatalogue projects, CorrelationGroupService groups) {
		this.plans = plans;
		this.projects = projects;
		this.groups = groups;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		ProjectOverview dc = this.projects.listVisible(admin)
			.stream()
			.filter(p -> "INFRA-DC".equals(p.code()))
			.findFirst()
			.orElse(null);
		if (dc == null) {
			return;
		}
		long project = dc.id();
		Map<String, ActivityView> byName = new HashMap<>();
		this.plans.plan(admin, project).activities().forEach(a -> byName.put(a.name(), a));
		// share of the planned duration: minimum, most likely, maximum
		estimate(admin, project, byName.get("Migration wave 1: internal systems"), 0.95, 1.0, 1.4, Distribution.PERT);
		estimate(admin, project, byName.get("Migration wave 2: citizen services"), 0.9, 1.05, 1.6, Distribution.PERT);
		estimate(admin, project, byName.get("Migration wave 3: police systems"), 0.9, 1.1, 1.7,
				Distribution.TRIANGULAR);
		estimate(admin, project, byName.get("Decommission the old data centre"), 0.8, 1.0, 1.5,
				Distribution.TRIANGULAR);
		estimate(admin, project, byName.get("Hypercare and handover to operations"), 0.9, 1.0, 1.2,
				Distribution.UNIFORM);
		List<Long> waves = java.util.stream.Stream
			.of("Migration wave 1: internal systems", "Migration wave 2: citizen services",
					"Migration wave 3: police systems")
			.map(byName::get)
			.filter(a -> a != null && a.kind() == ActivityKind.TASK)
			.map(ActivityView::id)
			.toList();
		if (waves.size() >= 2) {
			this.groups.create(admin, project, new CorrelationDraft("Migration team", new BigDecimal("0.6"), waves));
		}
	}

	private void estimate(Actor admin, long project, ActivityView activity, double min, double likely, double max,
			Distribution distribution) {
		if (activity == null || activity.kind() != ActivityKind.TASK || activity.actualFinish() != null) {
			return;
		}
		int planned = activity.durationMinutes();
		DurationEstimate estimate = new DurationEstimate((int) Math.round(planned * min),
				(int) Math.round(planned * likely), (int) Math.round(planned * max), distribution);
		this.plans.editActivity(admin, project, activity.id(), activity.version(), new Estimating(estimate));
	}

	/** A change of the estimate alone. */
	private record Estimating(DurationEstimate estimate) implements Change<ActivityDraft>, EstimateChange {

		@Override
		public ActivityDraft applyTo(ActivityDraft current) {
			return current;
		}

		@Override
		public boolean changesEstimate() {
			return true;
		}

		@Override
		public DurationEstimate applyEstimate(DurationEstimate current) {
			return this.estimate;
		}

	}

}
