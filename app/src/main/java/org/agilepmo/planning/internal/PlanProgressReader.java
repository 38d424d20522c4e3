package org.agilepmo.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The plan's progress against a baseline, for the modules that measure it. */
@Component
class PlanProgressReader implements PlanProgress {

	private final PlanStore store;

	private final Baselines baselines;

	private final PlanService plans;

	PlanProgressReader(PlanStore store, Baselines baselines, PlanService plans) {
		this.store = store;
		this.baselines = baselines;
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UpcomingMilestone> milestonesBetween(long projectId, LocalDate first, LocalDate last, Actor actor) {
		this.store.visible(actor, projectId);
		if (this.store.plans.findByProjectId(projectId).isEmpty()) {
			return List.of();
		}
		return this.plans.plan(actor, projectId)
			.activities()
			.stream()
			.filter(a -> a.isMilestone() && a.finish() != null && !a.finish().toLocalDate().isBefore(first)
					&& !a.finish().toLocalDate().isAfter(last))
			.sorted(java.util.Comparator.comparing(ActivityView::finish))
			.map(a -> new UpcomingMilestone(a.id(), a.name(), a.finish(), a.critical(), a.percentComplete()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProgressedPlan> progress(long projectId, String baselineName, Actor actor) {
		this.store.visible(actor, projectId);
		Optional<Plan> plan = this.store.plans.findByProjectId(projectId);
		if (plan.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, LocalDateTime[]> dates = new HashMap<>();
		Map<Long, java.math.BigDecimal> baselineCosts = new HashMap<>();
		if (baselineName != null && !baselineName.isBlank()) {
			Optional<Baseline> baseline = this.baselines.findByPlanIdAndName(plan.get().id(), baselineName.strip());
			if (baseline.isEmpty()) {
				return Optional.empty();
			}
			for (Baseline.Entry e : baseline.get().entries()) {
				dates.put(e.activityId(), new LocalDateTime[] { e.start(), e.finish() });
				if (e.budgetedCost() != null) {
					baselineCosts.put(e.activityId(), e.budgetedCost());
				}
			}
		}
		Map<Long, WorkCalendar> calendars = new HashMap<>();
		for (PlanCalendar calendar : this.store.calendars.findByPlanIdOrderByIdAsc(plan.get().id())) {
			calendars.put(calendar.id(), calendar.toWorkCalendar(calendar.id() + ":" + calendar.version()));
		}
		WorkCalendar planCalendar = calendars.getOrDefault(plan.get().calendarId(), WorkCalendar.standard());
		List<Activity> all = this.store.activities.findByPlanIdOrderBySortOrderAscIdAsc(plan.get().id());
		List<ProgressedActivity> activities = new ArrayList<>(all.size());
		for (Activity a : all) {
			LocalDateTime[] window = dates.get(a.id());
			activities.add(new ProgressedActivity(a.id(), a.parentId(), a.name(), a.kind() == ActivityKind.SUMMARY,
					a.percentComplete(), window == null ? null : window[0], window == null ? null : window[1],
					a.calendarId() == null ? planCalendar : calendars.getOrDefault(a.calendarId(), planCalendar),
					a.budgetedCost(), baselineCosts.get(a.id())));
		}
		return Optional.of(new ProgressedPlan(baselineName, activities));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> baselineNames(long projectId, Actor actor) {
		this.store.visible(actor, projectId);
		return this.store.plans.findByProjectId(projectId)
			.map(plan -> this.baselines.findByPlanIdOrderBySavedAtAsc(plan.id()).stream().map(Baseline::name).toList())
			.orElse(List.of());
	}

}
