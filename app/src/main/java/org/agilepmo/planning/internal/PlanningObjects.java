package org.agilepmo.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's activities for the workspace: visible to whoever may see the project, attached
 * to by whoever may change its plan. Their page is the plan, at the activity's row. A
 * project manager's work: the activities of their projects that are not finished and
 * should finish (as scheduled, or as their latest baseline said if that was earlier)
 * within {@value #SOON_DAYS} days, or should have already.
 */
@Component
class PlanningObjects implements ObjectDirectory {

	static final int SOON_DAYS = 7;

	private final PlanStore store;

	private final ProjectCatalogue projects;

	private final Baselines baselines;

	PlanningObjects(PlanStore store, ProjectCatalogue projects, Baselines baselines) {
		this.baselines = baselines;
		this.store = store;
		this.projects = projects;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(PlanService.ACTIVITY);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		if (!PlanService.ACTIVITY.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.store.activities.findById(ref.id())
			.flatMap(a -> this.store.plans.findById(a.planId()))
			.flatMap(plan -> this.projects.findVisible(plan.projectId(), actor)
				.map(project -> card(project, this.store.scheduled(project, plan).activity(ref.id()))));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return findVisible(ref, actor).map(card -> this.projects.mayEdit(card.projectId(), actor)).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		if (!PlanService.ACTIVITY.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.store.activities.findById(ref.id())
			.flatMap(a -> this.store.plans.findById(a.planId())
				.map(plan -> new SearchText(a.name(), a.externalId() == null ? "" : a.externalId(), plan.projectId(),
						this.projects.classificationOf(plan.projectId()).orElse(null))));
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		if (!PlanService.ACTIVITY.equals(kind)) {
			return Stream.empty();
		}
		return this.store.activities.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList().stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		LocalDate today = LocalDate.now();
		LocalDate soon = today.plusDays(SOON_DAYS);
		List<WorkEntry> work = new ArrayList<>();
		for (ProjectSummary project : this.projects.managedBy(actor)) {
			this.store.plans.findByProjectId(project.id()).ifPresent(plan -> {
				PlanView view = this.store.scheduled(project, plan);
				Map<Long, LocalDateTime> baselineFinish = new HashMap<>();
				List<Baseline> saved = this.baselines.findByPlanIdOrderBySavedAtAsc(plan.id());
				if (!saved.isEmpty()) {
					saved.get(saved.size() - 1).entries().forEach(e -> baselineFinish.put(e.activityId(), e.finish()));
				}
				for (ActivityView a : view.activities()) {
					if (a.isSummary() || a.percentComplete() >= 100 || a.actualFinish() != null || a.finish() == null) {
						continue;
					}
					LocalDate finish = a.finish().toLocalDate();
					LocalDateTime baseline = baselineFinish.get(a.id());
					LocalDate due = (baseline != null && baseline.toLocalDate().isBefore(finish))
							? baseline.toLocalDate() : finish;
					if (due.isAfter(soon)) {
						continue;
					}
					boolean late = due.isBefore(today);
					work.add(new WorkEntry(card(project, a), late ? "work.activity.late" : "work.activity.due-soon",
							due, late));
				}
			});
		}
		work.sort(Comparator.comparing(WorkEntry::due));
		return work;
	}

	private static ObjectCard card(ProjectSummary project, ActivityView a) {
		return new ObjectCard(new ObjectRef(PlanService.ACTIVITY, a.id()), a.name(), a.wbs(),
				"/projects/" + project.id() + "/plan#activity-" + a.id(), project.id(), project.classification());
	}

}
