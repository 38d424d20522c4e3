package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's baselines: saving the planned dates under a name, and reading them back as
 * dates or as the variance of the schedule since.
 */
@Service
public class BaselineService {

	private final PlanStore store;

	private final PlanService reading;

	private final Baselines baselines;

	private final AuditTrail audit;

	BaselineService(PlanStore store, PlanService reading, Baselines baselines, AuditTrail audit) {
		this.store = store;
		this.reading = reading;
		this.baselines = baselines;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<BaselineView> baselines(Actor actor, long projectId) {
		this.store.visible(actor, projectId);
		return this.store.plans.findByProjectId(projectId)
			.map(plan -> this.baselines.findByPlanIdOrderBySavedAtAsc(plan.id())
				.stream()
				.map(b -> new BaselineView(b.id(), b.name(), b.savedAt(), b.savedBy(), b.entries().size()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * The planned start and finish of each activity in the baseline, or null if there is
	 * none.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDateTime[]> baselineDates(Actor actor, long projectId, String baselineName) {
		this.store.visible(actor, projectId);
		return this.store.plans.findByProjectId(projectId)
			.flatMap(p -> this.baselines.findByPlanIdAndName(p.id(), baselineName))
			.map(b -> {
				Map<Long, LocalDateTime[]> dates = new HashMap<>();
				for (Baseline.Entry e : b.entries()) {
					dates.put(e.activityId(), new LocalDateTime[] { e.start(), e.finish() });
				}
				return dates;
			})
			.orElse(null);
	}

	/** Per activity, how far it moved since the baseline; new activities are left out. */
	@Transactional(readOnly = true)
	public List<VarianceView> variance(Actor actor, long projectId, String baselineName) {
		PlanView plan = this.reading.plan(actor, projectId);
		Baseline baseline = this.store.plans.findByProjectId(projectId)
			.flatMap(p -> this.baselines.findByPlanIdAndName(p.id(), baselineName))
			.orElseThrow(() -> new NotFoundException("baseline", baselineName));
		Map<Long, ActivityView> byId = plan.activitiesById();
		Map<Long, org.agilepmo.engine.calendar.WorkCalendar> calendarsById = new HashMap<>();
		List<VarianceView> variances = new ArrayList<>();
		for (Baseline.Entry entry : baseline.entries()) {
			ActivityView now = byId.get(entry.activityId());
			if (now == null) {
				continue;
			}
			var calendar = calendarOf(plan, now, calendarsById);
			int duration = now.isSummary() ? (int) calendar.workBetween(now.start(), now.finish())
					: now.durationMinutes();
			variances.add(new VarianceView(now.id(), now.name(), entry.start(), entry.finish(), entry.durationMinutes(),
					now.start(), now.finish(), duration, (int) calendar.workBetween(entry.start(), now.start()),
					(int) calendar.workBetween(entry.finish(), now.finish()), duration - entry.durationMinutes()));
		}
		return variances;
	}

	private org.agilepmo.engine.calendar.WorkCalendar calendarOf(PlanView plan, ActivityView activity,
			Map<Long, org.agilepmo.engine.calendar.WorkCalendar> cache) {
		Long id = (activity.calendarId() != null) ? activity.calendarId() : plan.calendarId();
		if (id == null) {
			return org.agilepmo.engine.calendar.WorkCalendar.standard();
		}
		return cache.computeIfAbsent(id,
				key -> this.store.calendars.findById(key)
					.map(c -> c.toWorkCalendar(c.id() + ":" + c.version()))
					.orElse(org.agilepmo.engine.calendar.WorkCalendar.standard()));
	}

	/**
	 * Saves the current planned dates under a name; an existing baseline of that name is
	 * replaced.
	 */
	@Transactional
	public BaselineView saveBaseline(Actor actor, long projectId, String name) {
		ProjectSummary project = this.store.editable(actor, projectId);
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw PlanRules.violation("name", "planning.error.baselineName", "a baseline needs a name of 1 to 100");
		}
		Plan plan = this.store.planFor(project, null);
		PlanView view = this.store.scheduled(project, plan);
		List<Baseline.Entry> entries = new ArrayList<>(view.activities().size());
		for (ActivityView a : view.activities()) {
			int duration = a.isSummary() ? 0 : a.durationMinutes();
			entries.add(new Baseline.Entry(a.id(), a.start(), a.finish(), duration,
					a.isSummary() ? null : a.budgetedCost()));
		}
		this.baselines.findByPlanIdAndName(plan.id(), name.strip()).ifPresent(old -> {
			this.baselines.delete(old);
			this.baselines.flush();
		});
		this.store.unwrapSession().setJdbcBatchSize(500);
		Baseline baseline = new Baseline(plan.id(), name.strip(), actor.username(), entries);
		this.baselines.saveAndFlush(baseline);
		this.audit.record(
				new AuditRecord(PlanService.BASELINE + ".saved", PlanService.BASELINE, String.valueOf(baseline.id()),
						project.classification(), name.strip() + ": " + entries.size() + " activities", null,
						Map.of("name", name.strip(), "activities", entries.size(), "planVersion", view.version())));
		return new BaselineView(baseline.id(), baseline.name(), baseline.savedAt(), baseline.savedBy(), entries.size());
	}

}
