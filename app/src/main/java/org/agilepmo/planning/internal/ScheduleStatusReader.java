package org.agilepmo.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.planning.ScheduleStatus;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The schedule's position against the latest baseline, for reports and their checks. */
@Component
class ScheduleStatusReader implements ScheduleStatus {

	private final PlanService plans;

	private final BaselineService baselines;

	ScheduleStatusReader(PlanService plans, BaselineService baselines) {
		this.plans = plans;
		this.baselines = baselines;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Status> status(long projectId, Actor actor) {
		PlanView plan = this.plans.plan(actor, projectId);
		if (plan.activities().isEmpty()) {
			return Optional.empty();
		}
		List<BaselineView> saved = this.baselines.baselines(actor, projectId);
		String baselineName = saved.isEmpty() ? null : saved.get(saved.size() - 1).name();
		Map<Long, LocalDateTime[]> dates = baselineName == null ? Map.of()
				: this.baselines.baselineDates(actor, projectId, baselineName);
		LocalDateTime baselineFinish = null;
		for (LocalDateTime[] window : dates.values()) {
			if (window[1] != null && (baselineFinish == null || window[1].isAfter(baselineFinish))) {
				baselineFinish = window[1];
			}
		}
		LocalDateTime finish = null;
		List<Milestone> milestones = new ArrayList<>();
		for (ActivityView a : plan.activities()) {
			if (a.finish() != null && (finish == null || a.finish().isAfter(finish))) {
				finish = a.finish();
			}
			if (a.isMilestone()) {
				LocalDateTime[] window = dates.get(a.id());
				milestones.add(new Milestone(a.id(), a.name(), day(a.finish()), window == null ? null : day(window[1]),
						a.percentComplete()));
			}
		}
		return Optional.of(new Status(baselineName, day(finish), day(baselineFinish), milestones));
	}

	private static LocalDate day(LocalDateTime time) {
		return time == null ? null : time.toLocalDate();
	}

}
