package org.agilepmo.planning.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;
import org.hibernate.Session;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The plans as the planning use cases load and save them: the access rule (seen, may be
 * changed), the plan created on the first change, its version checked and moved on every
 * write, and the schedule worked out again on commit. Shared by {@link PlanService},
 * {@link BaselineService} and {@link PlanImportService}.
 */
@Component
class PlanStore {

	private final ProjectCatalogue projects;

	final Plans plans;

	final Activities activities;

	final Dependencies dependencies;

	final PlanCalendars calendars;

	final PlanResourceRows resources;

	final PlanAssignmentRows assignments;

	final PlanScheduler scheduler;

	private final AuditTrail audit;

	final EntityManager entityManager;

	PlanStore(ProjectCatalogue projects, Plans plans, Activities activities, Dependencies dependencies,
			PlanCalendars calendars, PlanResourceRows resources, PlanAssignmentRows assignments,
			PlanScheduler scheduler, AuditTrail audit, EntityManager entityManager) {
		this.projects = projects;
		this.resources = resources;
		this.assignments = assignments;
		this.plans = plans;
		this.activities = activities;
		this.dependencies = dependencies;
		this.calendars = calendars;
		this.scheduler = scheduler;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	boolean mayEdit(Actor actor, long projectId) {
		return this.projects.mayEdit(projectId, actor);
	}

	Session unwrapSession() {
		return this.entityManager.unwrap(Session.class);
	}

	/** The project, when the person may see it (404 otherwise). */
	ProjectSummary visible(Actor actor, long projectId) {
		return this.projects.requireVisible(projectId, actor);
	}

	/** The project, when the person may change its plan (404 or 403 otherwise). */
	ProjectSummary editable(Actor actor, long projectId) {
		return this.projects.requireEditable(projectId, actor);
	}

	/** The project's plan, created on the first change; checks its version when given. */
	Plan planFor(ProjectSummary project, Long expectedVersion) {
		Plan plan = this.plans.findByProjectId(project.id()).orElse(null);
		if (plan == null) {
			plan = new Plan(project.id(), defaultStart());
			this.plans.saveAndFlush(plan);
			this.audit
				.record(AuditRecord.created(PlanService.PLAN, plan.id(), project.classification(), plan.snapshot()));
		}
		if (expectedVersion != null) {
			Versioned.check("plan", project.id(), expectedVersion, plan.version());
		}
		return plan;
	}

	PlanView scheduled(ProjectSummary project, Plan plan) {
		return model(project, plan).view();
	}

	/**
	 * The plan's rows and schedule for its current version: from memory when this
	 * instance computed that version, read from the database otherwise (another instance
	 * changed the plan, or it was never read here).
	 */
	PlanModel model(ProjectSummary project, Plan plan) {
		PlanModel cached = this.scheduler.model(plan.id(), plan.version());
		if (cached != null && cached.view().projectCode().equals(project.code())
				&& cached.view().projectName().equals(project.name())) {
			return cached;
		}
		PlanModel model = this.scheduler.modelOf(project, plan,
				this.activities.findByPlanIdOrderBySortOrderAscIdAsc(plan.id()),
				this.dependencies.findByPlanIdOrderByIdAsc(plan.id()),
				this.calendars.findByPlanIdOrderByIdAsc(plan.id()));
		this.scheduler.remember(plan.id(), model);
		return model;
	}

	/**
	 * Writes the change, moving the plan's version, and reschedules from the database.
	 */
	PlanView commit(ProjectSummary project, Plan plan) {
		flush(project, plan);
		return scheduled(project, plan);
	}

	/**
	 * Writes the change, moving the plan's version, and reschedules from the rows given
	 * (the previous model with the changed rows in place), which become the model of the
	 * new version; what did not change is taken over from the previous model.
	 */
	PlanModel commit(ProjectSummary project, Plan plan, List<Activity> activities, List<Dependency> dependencies,
			List<PlanCalendar> calendars, PlanModel previous) {
		flush(project, plan);
		PlanModel model = this.scheduler.modelOf(project, plan, activities, dependencies, calendars, previous);
		this.scheduler.remember(plan.id(), model);
		return model;
	}

	private void flush(ProjectSummary project, Plan plan) {
		try {
			this.plans.saveAndFlush(plan);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			long current = this.plans.findByProjectId(project.id()).map(Plan::version).orElse(-1L);
			throw new StaleVersionException("plan", project.id(), plan.version(), current);
		}
	}

	Activity activityOf(Plan plan, long activityId) {
		return this.activities.findById(activityId)
			.filter(a -> a.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("activity", activityId));
	}

	Dependency dependencyOf(Plan plan, long dependencyId) {
		return this.dependencies.findById(dependencyId)
			.filter(d -> d.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("dependency", dependencyId));
	}

	Map<Long, Activity> activitiesOf(Plan plan) {
		Map<Long, Activity> byId = new HashMap<>();
		for (Activity a : this.activities.findByPlanIdOrderBySortOrderAscIdAsc(plan.id())) {
			byId.put(a.id(), a);
		}
		return byId;
	}

	Map<Long, PlanCalendar> calendarsOf(Plan plan) {
		Map<Long, PlanCalendar> byId = new HashMap<>();
		for (PlanCalendar c : this.calendars.findByPlanIdOrderByIdAsc(plan.id())) {
			byId.put(c.id(), c);
		}
		return byId;
	}

	static LocalDateTime defaultStart() {
		return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(LocalTime.of(8, 0));
	}

}