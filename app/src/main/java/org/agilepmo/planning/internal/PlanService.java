package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a project's plan with its schedule, and editing it: its start and status date,
 * activities, dependencies and calendars. Every write checks the project's access rule,
 * moves the plan's version, reschedules (refusing a dependency loop) and appends one
 * audit entry, all in one transaction. Baselines are {@link BaselineService}'s, imports
 * {@link PlanImportService}'s.
 */
@Service
public class PlanService {

	static final String PLAN = "plan";

	static final String ACTIVITY = "plan-activity";

	static final String DEPENDENCY = "plan-dependency";

	static final String CALENDAR = "plan-calendar";

	static final String BASELINE = "plan-baseline";

	private final PlanStore store;

	private final AuditTrail audit;

	PlanService(PlanStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	// ---- reading

	/**
	 * The project's plan with its schedule; a project without a plan yet has an empty one
	 * at version 0 starting next Monday.
	 */
	@Transactional(readOnly = true)
	public PlanView plan(Actor actor, long projectId) {
		ProjectSummary project = this.store.visible(actor, projectId);
		return this.store.plans.findByProjectId(projectId)
			.map(plan -> this.store.scheduled(project, plan))
			.orElseGet(() -> {
				Plan empty = new Plan(projectId, PlanStore.defaultStart());
				return this.store.scheduler.schedule(project, empty, List.of(), List.of(), List.of());
			});
	}

	@Transactional(readOnly = true)
	public boolean mayEdit(Actor actor, long projectId) {
		this.store.visible(actor, projectId);
		return this.store.mayEdit(actor, projectId);
	}

	@Transactional(readOnly = true)
	public ActivityView activity(Actor actor, long projectId, long activityId) {
		ActivityView activity = plan(actor, projectId).activity(activityId);
		if (activity == null) {
			throw new NotFoundException("activity", activityId);
		}
		return activity;
	}

	@Transactional(readOnly = true)
	public DependencyView dependency(Actor actor, long projectId, long dependencyId) {
		return plan(actor, projectId).dependencies()
			.stream()
			.filter(d -> d.id() == dependencyId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("dependency", dependencyId));
	}

	// ---- writing: the plan

	@Transactional
	public PlanView reschedule(Actor actor, long projectId, long expectedVersion, LocalDateTime projectStart,
			LocalDateTime statusDate, Long calendarId) {
		return changeSettings(actor, projectId, expectedVersion, current -> new PlanSettings(projectStart, statusDate,
				calendarId, current.schedulingRules(), current.progressedActivities(), current.scheduledFinish()));
	}

	/**
	 * Applies a change to the plan's settings (start, status date, project calendar, the
	 * tool whose rules the schedule follows and P6's progressed-activities setting),
	 * reschedules, and appends one audit entry with the settings before and after.
	 */
	@Transactional
	public PlanView changeSettings(Actor actor, long projectId, long expectedVersion, Change<PlanSettings> change) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, expectedVersion);
		PlanSettings settings = change.applyTo(plan.settings());
		if (settings.projectStart() == null) {
			throw PlanRules.violation("projectStart", "planning.error.required", "projectStart is required");
		}
		if (settings.schedulingRules() == null) {
			throw PlanRules.violation("schedulingRules", "planning.error.required", "schedulingRules is required");
		}
		if (settings.progressedActivities() == null) {
			throw PlanRules.violation("progressedActivities", "planning.error.required",
					"progressedActivities is required");
		}
		PlanRules.checkDate("projectStart", settings.projectStart());
		PlanRules.checkDate("statusDate", settings.statusDate());
		PlanRules.checkDate("scheduledFinish", settings.scheduledFinish());
		Long calendarId = settings.calendarId();
		if (calendarId != null
				&& this.store.calendars.findById(calendarId).filter(c -> c.planId() == plan.id()).isEmpty()) {
			throw PlanRules.violation("calendarId", "planning.error.unknownCalendar", "no calendar " + calendarId,
					calendarId);
		}
		Plan.PlanSnapshot before = plan.snapshot();
		plan.reschedule(settings.projectStart(), settings.statusDate(), calendarId);
		plan.followRules(settings.schedulingRules(), settings.progressedActivities());
		plan.scheduleFromFinish(settings.scheduledFinish());
		PlanView view = this.store.commit(project, plan);
		this.audit.record(AuditRecord.updated(PLAN, plan.id(), project.classification(), before, plan.snapshot()));
		return view;
	}

	// ---- writing: activities

	@Transactional
	public ActivityView addActivity(Actor actor, long projectId, ActivityDraft draft) {
		return addActivity(actor, projectId, draft, null);
	}

	/**
	 * Adds an activity, with the budgeted cost the change names ({@code budget} may be
	 * {@code null}).
	 */
	@Transactional
	public ActivityView addActivity(Actor actor, long projectId, ActivityDraft draft, BudgetChange budget) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		Activity activity = Activity.add(plan.id(), this.store.activities.lastSortOrder(plan.id()) + 1, draft,
				ActivityPlacement.forNew(model.activitiesById(), model.calendarsById()));
		if (budget != null && budget.changesBudgetedCost()) {
			activity.budget(BudgetChange.amount(activity.name(), budget.budgetedCostText()));
		}
		this.store.activities.save(activity);
		plan.touch();
		PlanView view = this.store
			.commit(project, plan, model.withActivity(activity), model.dependencies(), model.calendars(), model)
			.view();
		this.audit.record(AuditRecord.created(ACTIVITY, activity.id(), project.classification(),
				(activity.budgetedCost() == null) ? draft : new BudgetedDraft(draft, activity.budgetedCost())));
		return view.activity(activity.id());
	}

	/** What the audit trail keeps of an activity created with a budgeted cost. */
	record BudgetedDraft(ActivityDraft activity, java.math.BigDecimal budgetedCost) {
	}

	/** What the audit trail keeps of a change of an activity's budgeted cost. */
	record BudgetedCost(String activity, java.math.BigDecimal budgetedCost) {
	}

	@Transactional
	public ActivityView editActivity(Actor actor, long projectId, long activityId, long expectedVersion,
			ActivityDraft draft) {
		return editActivity(actor, projectId, activityId, expectedVersion, Change.to(draft));
	}

	/**
	 * Applies a change (a row of the page, an API patch) to the activity as it is now, in
	 * this transaction.
	 */
	@Transactional
	public ActivityView editActivity(Actor actor, long projectId, long activityId, long expectedVersion,
			Change<ActivityDraft> change) {
		return reviseActivity(actor, projectId, activityId, expectedVersion, change).plan().activity(activityId);
	}

	/**
	 * Applies a change to the activity and answers the new schedule with the rows it
	 * changed (the activity itself and every activity whose dates, floats or criticality
	 * moved). Reads the one activity and the plan's row, writes those two, and
	 * reschedules from the plan's model in memory (read from the database only when this
	 * instance does not hold the plan's current version).
	 */
	@Transactional
	public Rescheduled reviseActivity(Actor actor, long projectId, long activityId, long expectedVersion,
			Change<ActivityDraft> change) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		Activity activity = this.store.activityOf(plan, activityId);
		Versioned.check("activity", activityId, expectedVersion, activity.version());
		ActivityDraft draft = change.applyTo(activity.draft());
		Map<Long, Activity> activities = model.activitiesById();
		ActivityPlacement placement = new ActivityPlacement(activities, model.calendarsById(),
				model.hasChildren(activityId), model.hasLinks(activityId));
		ActivityDraft before = activity.draft();
		DurationEstimate estimateBefore = activity.estimate();
		java.math.BigDecimal costBefore = activity.budgetedCost();
		activity.revise(draft, placement);
		if (change instanceof EstimateChange estimate && estimate.changesEstimate()) {
			activity.reviseEstimate(estimate.applyEstimate(activity.estimate()));
		}
		if (change instanceof BudgetChange budget && budget.changesBudgetedCost()) {
			activity.budget(BudgetChange.amount(activity.name(), budget.budgetedCostText()));
		}
		plan.touch();
		this.store.activities.flush();
		PlanModel next = this.store.commit(project, plan, model.withActivity(activity), model.dependencies(),
				model.calendars(), model);
		this.audit
			.record(AuditRecord.updated(ACTIVITY, activityId, project.classification(), before, activity.draft()));
		if (!java.util.Objects.equals(costBefore, activity.budgetedCost())) {
			this.audit.record(new AuditRecord(ACTIVITY + ".budgeted", ACTIVITY, String.valueOf(activityId),
					project.classification(), activity.name() + ": " + plain(activity.budgetedCost()),
					new BudgetedCost(activity.name(), costBefore),
					new BudgetedCost(activity.name(), activity.budgetedCost())));
		}
		if (!estimateBefore.equals(activity.estimate())) {
			this.audit.record(AuditRecord.updated(ACTIVITY, activityId, project.classification(), estimateBefore,
					activity.estimate()));
		}
		return Rescheduled.between(model.view(), next.view());
	}

	/**
	 * Removes an activity with its dependencies and assignments; a summary must be
	 * emptied first.
	 */
	@Transactional
	public PlanView deleteActivity(Actor actor, long projectId, long activityId, long expectedVersion) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		Activity activity = this.store.activityOf(plan, activityId);
		Versioned.check("activity", activityId, expectedVersion, activity.version());
		if (model.hasChildren(activityId)) {
			throw PlanRules.violation("id", "planning.error.deleteSummary",
					"the summary has children; move or delete them first");
		}
		List<Dependency> links = this.store.dependencies.touching(activityId);
		this.store.dependencies.deleteAll(links);
		this.store.dependencies.flush();
		int assignments = this.store.assignments.deleteByActivity(activityId);
		this.store.activities.delete(activity);
		plan.touch();
		PlanView view = this.store
			.commit(project, plan, model.withoutActivity(activityId),
					model.withoutDependencies(d -> d.predecessorId() == activityId || d.successorId() == activityId),
					model.calendars(), model)
			.view();
		this.audit.record(
				new AuditRecord(ACTIVITY + ".deleted", ACTIVITY, String.valueOf(activityId), project.classification(),
						activity.name() + " and " + links.size() + " dependencies, " + assignments + " assignments",
						activity.draft(), null));
		return view;
	}

	// ---- writing: dependencies

	@Transactional
	public DependencyView addDependency(Actor actor, long projectId, long predecessorId, long successorId,
			LinkType type, Lag lag) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		checkLink(model, predecessorId, successorId, type, lag, null);
		Dependency dependency = new Dependency(plan.id(), predecessorId, successorId, type, lag);
		this.store.dependencies.save(dependency);
		plan.touch();
		PlanView view = this.store
			.commit(project, plan, model.activities(), model.withDependency(dependency), model.calendars(), model)
			.view();
		this.audit
			.record(AuditRecord.created(DEPENDENCY, dependency.id(), project.classification(), dependency.snapshot()));
		return find(view, dependency.id());
	}

	@Transactional
	public DependencyView editDependency(Actor actor, long projectId, long dependencyId, long expectedVersion,
			LinkType type, Lag lag) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		Dependency dependency = this.store.dependencyOf(plan, dependencyId);
		Versioned.check("dependency", dependencyId, expectedVersion, dependency.version());
		checkLink(model, dependency.predecessorId(), dependency.successorId(), type, lag, dependencyId);
		Dependency.DependencySnapshot before = dependency.snapshot();
		dependency.change(type, lag);
		plan.touch();
		this.store.dependencies.flush();
		PlanView view = this.store
			.commit(project, plan, model.activities(), model.withDependency(dependency), model.calendars(), model)
			.view();
		this.audit.record(
				AuditRecord.updated(DEPENDENCY, dependencyId, project.classification(), before, dependency.snapshot()));
		return find(view, dependencyId);
	}

	@Transactional
	public PlanView deleteDependency(Actor actor, long projectId, long dependencyId, long expectedVersion) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		Dependency dependency = this.store.dependencyOf(plan, dependencyId);
		Versioned.check("dependency", dependencyId, expectedVersion, dependency.version());
		this.store.dependencies.delete(dependency);
		plan.touch();
		PlanView view = this.store
			.commit(project, plan, model.activities(), model.withoutDependencies(d -> d.id() == dependencyId),
					model.calendars(), model)
			.view();
		this.audit.record(new AuditRecord(DEPENDENCY + ".deleted", DEPENDENCY, String.valueOf(dependencyId),
				project.classification(), null, dependency.snapshot(), null));
		return view;
	}

	private void checkLink(PlanModel model, long predecessorId, long successorId, LinkType type, Lag lag, Long self) {
		Map<Long, Activity> all = model.activitiesById();
		Activity predecessor = all.get(predecessorId);
		Activity successor = all.get(successorId);
		if (predecessor == null) {
			throw PlanRules.violation("predecessorId", "planning.error.unknownActivity", "no activity " + predecessorId,
					predecessorId);
		}
		if (successor == null) {
			throw PlanRules.violation("successorId", "planning.error.unknownActivity", "no activity " + successorId,
					successorId);
		}
		if (type == null) {
			throw PlanRules.violation("type", "planning.error.required", "type is required");
		}
		if (lag == null || Math.abs(lag.value()) > PlanRules.DURATION_MAX) {
			throw PlanRules.violation("lag", "planning.error.duration", "the lag is out of range");
		}
		if (predecessorId == successorId) {
			throw PlanRules.violation("successorId", "planning.error.selfLink", "an activity cannot depend on itself");
		}
		if (predecessor.kind() == ActivityKind.SUMMARY) {
			throw PlanRules.violation("predecessorId", "planning.error.linkSummary",
					"link the children of a summary, not the summary");
		}
		if (successor.kind() == ActivityKind.SUMMARY) {
			throw PlanRules.violation("successorId", "planning.error.linkSummary",
					"link the children of a summary, not the summary");
		}
		if (self == null && model.dependencies()
			.stream()
			.anyMatch(d -> d.predecessorId() == predecessorId && d.successorId() == successorId)) {
			throw PlanRules.violation("successorId", "planning.error.duplicateLink",
					"these activities are already linked");
		}
	}

	// ---- writing: calendars

	@Transactional
	public CalendarView addCalendar(Actor actor, long projectId, CalendarDraft draft) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanRules.checkCalendar(draft);
		PlanCalendar calendar = new PlanCalendar(plan.id(), draft);
		this.store.calendars.save(calendar);
		plan.touch();
		this.store.commit(project, plan);
		this.audit.record(AuditRecord.created(CALENDAR, calendar.id(), project.classification(), draft));
		return new CalendarView(calendar.id(), calendar.version(), calendar.draft());
	}

	@Transactional
	public CalendarView editCalendar(Actor actor, long projectId, long calendarId, long expectedVersion,
			CalendarDraft draft) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanCalendar calendar = this.store.calendars.findById(calendarId)
			.filter(c -> c.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("calendar", calendarId));
		Versioned.check("calendar", calendarId, expectedVersion, calendar.version());
		PlanRules.checkCalendar(draft);
		CalendarDraft before = calendar.draft();
		calendar.apply(draft);
		plan.touch();
		this.store.calendars.flush();
		this.store.commit(project, plan);
		this.audit.record(AuditRecord.updated(CALENDAR, calendarId, project.classification(), before, draft));
		return new CalendarView(calendar.id(), calendar.version(), calendar.draft());
	}

	private static String plain(java.math.BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : "—";
	}

	private static DependencyView find(PlanView view, long dependencyId) {
		return view.dependencies().stream().filter(d -> d.id() == dependencyId).findFirst().orElseThrow();
	}

}
