package org.agilepmo.planning.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;
import org.hibernate.Session;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning use cases: reading a project's plan with its schedule, changing its
 * activities, dependencies and calendars, saving baselines, importing a file. Every write
 * checks the project's access rule, moves the plan's version, reschedules (refusing a
 * dependency loop) and appends one audit entry, all in one transaction.
 */
@Service
public class PlanService {

	static final String PLAN = "plan";

	static final String ACTIVITY = "plan-activity";

	static final String DEPENDENCY = "plan-dependency";

	static final String CALENDAR = "plan-calendar";

	static final String BASELINE = "plan-baseline";

	private final ProjectCatalogue projects;

	private final Plans plans;

	private final Activities activities;

	private final Dependencies dependencies;

	private final PlanCalendars calendars;

	private final Baselines baselines;

	private final PlanScheduler scheduler;

	private final AuditTrail audit;

	private final EntityManager entityManager;

	private final PortfolioRegistry registry;

	PlanService(ProjectCatalogue projects, Plans plans, Activities activities, Dependencies dependencies,
			PlanCalendars calendars, Baselines baselines, PlanScheduler scheduler, AuditTrail audit,
			EntityManager entityManager, PortfolioRegistry registry) {
		this.registry = registry;
		this.projects = projects;
		this.plans = plans;
		this.activities = activities;
		this.dependencies = dependencies;
		this.calendars = calendars;
		this.baselines = baselines;
		this.scheduler = scheduler;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	// ---- reading

	/**
	 * The project's plan with its schedule; a project without a plan yet has an empty one
	 * at version 0 starting next Monday.
	 */
	@Transactional(readOnly = true)
	public PlanView plan(Actor actor, long projectId) {
		ProjectSummary project = visible(actor, projectId);
		return this.plans.findByProjectId(projectId).map(plan -> scheduled(project, plan)).orElseGet(() -> {
			Plan empty = new Plan(projectId, defaultStart());
			return this.scheduler.schedule(project, empty, List.of(), List.of(), List.of());
		});
	}

	@Transactional(readOnly = true)
	public boolean mayEdit(Actor actor, long projectId) {
		visible(actor, projectId);
		return this.projects.mayEdit(projectId, actor);
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

	@Transactional(readOnly = true)
	public List<BaselineView> baselines(Actor actor, long projectId) {
		visible(actor, projectId);
		return this.plans.findByProjectId(projectId)
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
		visible(actor, projectId);
		return this.plans.findByProjectId(projectId)
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
		PlanView plan = plan(actor, projectId);
		Baseline baseline = this.plans.findByProjectId(projectId)
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
				key -> this.calendars.findById(key)
					.map(c -> c.toWorkCalendar(c.id() + ":" + c.version()))
					.orElse(org.agilepmo.engine.calendar.WorkCalendar.standard()));
	}

	// ---- writing: the plan

	@Transactional
	public PlanView reschedule(Actor actor, long projectId, long expectedVersion, LocalDateTime projectStart,
			LocalDateTime statusDate, Long calendarId) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, expectedVersion);
		if (projectStart == null) {
			throw PlanRules.violation("projectStart", "planning.error.required", "projectStart is required");
		}
		PlanRules.checkDate("projectStart", projectStart);
		PlanRules.checkDate("statusDate", statusDate);
		if (calendarId != null && this.calendars.findById(calendarId).filter(c -> c.planId() == plan.id()).isEmpty()) {
			throw PlanRules.violation("calendarId", "planning.error.unknownCalendar", "no calendar " + calendarId,
					calendarId);
		}
		Plan.PlanSnapshot before = plan.snapshot();
		plan.reschedule(projectStart, statusDate, calendarId);
		PlanView view = commit(project, plan);
		this.audit.record(AuditRecord.updated(PLAN, plan.id(), project.classification(), before, plan.snapshot()));
		return view;
	}

	// ---- writing: activities

	@Transactional
	public ActivityView addActivity(Actor actor, long projectId, ActivityDraft draft) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		PlanRules.checkActivity(draft, null, activitiesOf(plan), calendarsOf(plan), false, false);
		Activity activity = new Activity(plan.id(), this.activities.lastSortOrder(plan.id()) + 1, draft);
		this.activities.save(activity);
		plan.touch();
		PlanView view = commit(project, plan);
		this.audit.record(AuditRecord.created(ACTIVITY, activity.id(), project.classification(), draft));
		return view.activity(activity.id());
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
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		Activity activity = activityOf(plan, activityId);
		Versioned.check("activity", activityId, expectedVersion, activity.version());
		ActivityDraft draft = change.applyTo(activity.draft());
		Map<Long, Activity> all = activitiesOf(plan);
		boolean hasChildren = all.values().stream().anyMatch(a -> Objects.equals(a.parentId(), activityId));
		boolean hasLinks = !this.dependencies.touching(activityId).isEmpty();
		PlanRules.checkActivity(draft, activityId, all, calendarsOf(plan), hasChildren, hasLinks);
		ActivityDraft before = activity.draft();
		activity.apply(draft);
		plan.touch();
		PlanView view = commit(project, plan);
		this.audit
			.record(AuditRecord.updated(ACTIVITY, activityId, project.classification(), before, activity.draft()));
		return view.activity(activityId);
	}

	/** Removes an activity and its dependencies; a summary must be emptied first. */
	@Transactional
	public PlanView deleteActivity(Actor actor, long projectId, long activityId, long expectedVersion) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		Activity activity = activityOf(plan, activityId);
		Versioned.check("activity", activityId, expectedVersion, activity.version());
		if (activitiesOf(plan).values().stream().anyMatch(a -> Objects.equals(a.parentId(), activityId))) {
			throw PlanRules.violation("id", "planning.error.deleteSummary",
					"the summary has children; move or delete them first");
		}
		List<Dependency> links = this.dependencies.touching(activityId);
		this.dependencies.deleteAll(links);
		this.dependencies.flush();
		this.activities.delete(activity);
		plan.touch();
		PlanView view = commit(project, plan);
		this.audit.record(
				new AuditRecord(ACTIVITY + ".deleted", ACTIVITY, String.valueOf(activityId), project.classification(),
						activity.name() + " and " + links.size() + " dependencies", activity.draft(), null));
		return view;
	}

	// ---- writing: dependencies

	@Transactional
	public DependencyView addDependency(Actor actor, long projectId, long predecessorId, long successorId,
			LinkType type, Lag lag) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		checkLink(plan, predecessorId, successorId, type, lag, null);
		Dependency dependency = new Dependency(plan.id(), predecessorId, successorId, type, lag);
		this.dependencies.save(dependency);
		plan.touch();
		PlanView view = commit(project, plan);
		this.audit
			.record(AuditRecord.created(DEPENDENCY, dependency.id(), project.classification(), dependency.snapshot()));
		return find(view, dependency.id());
	}

	@Transactional
	public DependencyView editDependency(Actor actor, long projectId, long dependencyId, long expectedVersion,
			LinkType type, Lag lag) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		Dependency dependency = dependencyOf(plan, dependencyId);
		Versioned.check("dependency", dependencyId, expectedVersion, dependency.version());
		checkLink(plan, dependency.predecessorId(), dependency.successorId(), type, lag, dependencyId);
		Dependency.DependencySnapshot before = dependency.snapshot();
		dependency.change(type, lag);
		plan.touch();
		PlanView view = commit(project, plan);
		this.audit.record(
				AuditRecord.updated(DEPENDENCY, dependencyId, project.classification(), before, dependency.snapshot()));
		return find(view, dependencyId);
	}

	@Transactional
	public PlanView deleteDependency(Actor actor, long projectId, long dependencyId, long expectedVersion) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		Dependency dependency = dependencyOf(plan, dependencyId);
		Versioned.check("dependency", dependencyId, expectedVersion, dependency.version());
		this.dependencies.delete(dependency);
		plan.touch();
		PlanView view = commit(project, plan);
		this.audit.record(new AuditRecord(DEPENDENCY + ".deleted", DEPENDENCY, String.valueOf(dependencyId),
				project.classification(), null, dependency.snapshot(), null));
		return view;
	}

	private void checkLink(Plan plan, long predecessorId, long successorId, LinkType type, Lag lag, Long self) {
		Map<Long, Activity> all = activitiesOf(plan);
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
		if (self == null && this.dependencies.findByPlanIdOrderByIdAsc(plan.id())
			.stream()
			.anyMatch(d -> d.predecessorId() == predecessorId && d.successorId() == successorId)) {
			throw PlanRules.violation("successorId", "planning.error.duplicateLink",
					"these activities are already linked");
		}
	}

	// ---- writing: calendars

	@Transactional
	public CalendarView addCalendar(Actor actor, long projectId, CalendarDraft draft) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		PlanRules.checkCalendar(draft);
		PlanCalendar calendar = new PlanCalendar(plan.id(), draft);
		this.calendars.save(calendar);
		plan.touch();
		commit(project, plan);
		this.audit.record(AuditRecord.created(CALENDAR, calendar.id(), project.classification(), draft));
		return new CalendarView(calendar.id(), calendar.version(), calendar.draft());
	}

	@Transactional
	public CalendarView editCalendar(Actor actor, long projectId, long calendarId, long expectedVersion,
			CalendarDraft draft) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		PlanCalendar calendar = this.calendars.findById(calendarId)
			.filter(c -> c.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("calendar", calendarId));
		Versioned.check("calendar", calendarId, expectedVersion, calendar.version());
		PlanRules.checkCalendar(draft);
		CalendarDraft before = calendar.draft();
		calendar.apply(draft);
		plan.touch();
		this.calendars.flush();
		commit(project, plan);
		this.audit.record(AuditRecord.updated(CALENDAR, calendarId, project.classification(), before, draft));
		return new CalendarView(calendar.id(), calendar.version(), calendar.draft());
	}

	// ---- writing: baselines

	/**
	 * Saves the current planned dates under a name; an existing baseline of that name is
	 * replaced.
	 */
	@Transactional
	public BaselineView saveBaseline(Actor actor, long projectId, String name) {
		ProjectSummary project = editable(actor, projectId);
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw PlanRules.violation("name", "planning.error.baselineName", "a baseline needs a name of 1 to 100");
		}
		Plan plan = planFor(project, null);
		PlanView view = scheduled(project, plan);
		List<Baseline.Entry> entries = new ArrayList<>(view.activities().size());
		for (ActivityView a : view.activities()) {
			int duration = a.isSummary() ? 0 : a.durationMinutes();
			entries.add(new Baseline.Entry(a.id(), a.start(), a.finish(), duration));
		}
		this.baselines.findByPlanIdAndName(plan.id(), name.strip()).ifPresent(old -> {
			this.baselines.delete(old);
			this.baselines.flush();
		});
		unwrapSession().setJdbcBatchSize(500);
		Baseline baseline = new Baseline(plan.id(), name.strip(), actor.username(), entries);
		this.baselines.saveAndFlush(baseline);
		this.audit.record(new AuditRecord(BASELINE + ".saved", BASELINE, String.valueOf(baseline.id()),
				project.classification(), name.strip() + ": " + entries.size() + " activities", null,
				Map.of("name", name.strip(), "activities", entries.size(), "planVersion", view.version())));
		return new BaselineView(baseline.id(), baseline.name(), baseline.savedAt(), baseline.savedBy(), entries.size());
	}

	// ---- writing: import

	/**
	 * Proposes a new project (through the portfolio module, with its access checks and
	 * audit entry) and fills its plan from a file, in one transaction: when the import
	 * fails, the project is not created either.
	 */
	@Transactional
	public PlanView importAsNewProject(Actor actor, ProjectDraft draft, ImportedPlan imported) {
		ProjectSummary created = this.registry.createProject(actor, draft);
		return importPlan(actor, created.id(), imported);
	}

	/**
	 * Replaces the plan's activities, dependencies and calendars with those of a file,
	 * keeping the plan (and its baselines). All or nothing.
	 */
	@Transactional
	public PlanView importPlan(Actor actor, long projectId, ImportedPlan imported) {
		ProjectSummary project = editable(actor, projectId);
		Plan plan = planFor(project, null);
		Plan.PlanSnapshot before = plan.snapshot();
		long removed = this.activities.countByPlanId(plan.id());
		this.dependencies.deleteByPlan(plan.id());
		this.activities.deleteByPlan(plan.id());
		Long previousCalendar = plan.calendarId();
		plan.reschedule(plan.projectStart(), plan.statusDate(), null);
		this.plans.flush();
		this.calendars.findByPlanIdOrderByIdAsc(plan.id()).forEach(this.calendars::delete);
		this.calendars.flush();
		Session session = unwrapSession();
		session.setJdbcBatchSize(1000);
		Map<String, PlanCalendar> calendarsByKey = new HashMap<>();
		Map<Long, PlanCalendar> calendarsById = new HashMap<>();
		for (ImportedPlan.Calendar c : imported.calendars()) {
			try {
				PlanRules.checkCalendar(c.draft());
			}
			catch (RuleViolationException ex) {
				throw atElement("calendar " + c.key() + " (" + c.draft().name() + ")", ex);
			}
			PlanCalendar calendar = new PlanCalendar(plan.id(), c.draft());
			this.entityManager.persist(calendar);
			calendarsByKey.put(c.key(), calendar);
			calendarsById.put(calendar.id(), calendar);
		}
		Map<String, Activity> byKey = new java.util.LinkedHashMap<>(imported.activities().size() * 2);
		Map<Long, Activity> byId = new HashMap<>(imported.activities().size() * 2);
		int order = 0;
		for (ImportedPlan.Task task : imported.activities()) {
			Activity parent = (task.parentKey() != null) ? byKey.get(task.parentKey()) : null;
			PlanCalendar calendar = (task.calendarKey() != null) ? calendarsByKey.get(task.calendarKey()) : null;
			ActivityDraft draft = new ActivityDraft(task.draft().kind(), task.draft().name(),
					(parent != null) ? parent.id() : null, task.draft().durationMinutes(),
					(calendar != null) ? calendar.id() : null, task.draft().constraintType(),
					task.draft().constraintDate(), task.draft().deadline(), task.draft().actualStart(),
					task.draft().actualFinish(), task.draft().percentComplete(), task.draft().externalId());
			try {
				PlanRules.checkActivity(draft, null, byId, calendarsById, false, false);
			}
			catch (RuleViolationException ex) {
				throw atElement("task " + task.key() + " (" + task.draft().name() + ")", ex);
			}
			Activity activity = new Activity(plan.id(), ++order, draft);
			this.entityManager.persist(activity);
			byKey.put(task.key(), activity);
			byId.put(activity.id(), activity);
		}
		int links = 0;
		List<Dependency> createdLinks = new ArrayList<>(imported.links().size());
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (ImportedPlan.Link link : imported.links()) {
			Activity predecessor = byKey.get(link.predecessorKey());
			Activity successor = byKey.get(link.successorKey());
			String element = "link " + link.predecessorKey() + " -> " + link.successorKey();
			if (predecessor == null || successor == null) {
				throw new RuleViolationException("file", "planning.import.unknownTask",
						element + ": refers to a task that is not in the file", element);
			}
			if (predecessor.kind() == ActivityKind.SUMMARY || successor.kind() == ActivityKind.SUMMARY) {
				throw new RuleViolationException("file", "planning.import.summaryLink",
						element + ": links a summary task; link its subtasks instead", element);
			}
			if (predecessor == successor || !seen.add(link.predecessorKey() + ">" + link.successorKey())) {
				continue;
			}
			Dependency dependency = new Dependency(plan.id(), predecessor.id(), successor.id(), link.type(),
					link.lag());
			this.entityManager.persist(dependency);
			createdLinks.add(dependency);
			links++;
		}
		PlanCalendar projectCalendar = (imported.defaultCalendarKey() != null)
				? calendarsByKey.get(imported.defaultCalendarKey()) : null;
		LocalDateTime start = (imported.projectStart() != null) ? imported.projectStart() : plan.projectStart();
		PlanRules.checkDate("projectStart", start);
		PlanRules.checkDate("statusDate", imported.statusDate());
		plan.reschedule(start, imported.statusDate(), (projectCalendar != null) ? projectCalendar.id() : null);
		plan.importedFrom(imported.sourceFile());
		try {
			this.plans.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("plan", project.id(), plan.version(), plan.version() + 1);
		}
		// Scheduled from the objects just written rather than read back, and the
		// persistence context emptied, so that the commit does not check thousands of
		// unchanged entities again.
		PlanView view = this.scheduler.schedule(project, plan, new ArrayList<>(byKey.values()), createdLinks,
				new ArrayList<>(calendarsByKey.values()));
		this.entityManager.clear();
		this.scheduler.remember(plan.id(), view);
		this.audit.record(new AuditRecord(PLAN + ".imported", PLAN, String.valueOf(plan.id()), project.classification(),
				imported.sourceFile() + ": " + byKey.size() + " activities, " + links + " dependencies, "
						+ calendarsByKey.size() + " calendars (replacing " + removed + " activities, calendar "
						+ previousCalendar + ")",
				before, plan.snapshot()));
		return view;
	}

	private static RuleViolationException atElement(String element, RuleViolationException ex) {
		return new RuleViolationException("file", "planning.import.invalidElement",
				element + ": " + ex.field() + ": " + ex.getMessage(), element, ex.field(), ex.getMessage());
	}

	// ---- helpers

	private Session unwrapSession() {
		return this.entityManager.unwrap(Session.class);
	}

	private ProjectSummary visible(Actor actor, long projectId) {
		return this.projects.findVisible(projectId, actor)
			.orElseThrow(() -> new NotFoundException("project", projectId));
	}

	private ProjectSummary editable(Actor actor, long projectId) {
		ProjectSummary project = visible(actor, projectId);
		if (!this.projects.mayEdit(projectId, actor)) {
			throw new AccessDeniedException("may not change the plan of project " + projectId);
		}
		return project;
	}

	/** The project's plan, created on the first change; checks its version when given. */
	private Plan planFor(ProjectSummary project, Long expectedVersion) {
		Plan plan = this.plans.findByProjectId(project.id()).orElse(null);
		if (plan == null) {
			plan = new Plan(project.id(), defaultStart());
			this.plans.saveAndFlush(plan);
			this.audit.record(AuditRecord.created(PLAN, plan.id(), project.classification(), plan.snapshot()));
		}
		if (expectedVersion != null) {
			Versioned.check("plan", project.id(), expectedVersion, plan.version());
		}
		return plan;
	}

	private PlanView scheduled(ProjectSummary project, Plan plan) {
		PlanView cached = this.scheduler.cached(plan.id(), plan.version());
		if (cached != null && cached.projectCode().equals(project.code())
				&& cached.projectName().equals(project.name())) {
			return cached;
		}
		PlanView view = this.scheduler.schedule(project, plan,
				this.activities.findByPlanIdOrderBySortOrderAscIdAsc(plan.id()),
				this.dependencies.findByPlanIdOrderByIdAsc(plan.id()),
				this.calendars.findByPlanIdOrderByIdAsc(plan.id()));
		this.scheduler.remember(plan.id(), view);
		return view;
	}

	/** Writes the change, moving the plan's version, and reschedules. */
	private PlanView commit(ProjectSummary project, Plan plan) {
		try {
			this.plans.saveAndFlush(plan);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			long current = this.plans.findByProjectId(project.id()).map(Plan::version).orElse(-1L);
			throw new StaleVersionException("plan", project.id(), plan.version(), current);
		}
		return scheduled(project, plan);
	}

	private Activity activityOf(Plan plan, long activityId) {
		return this.activities.findById(activityId)
			.filter(a -> a.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("activity", activityId));
	}

	private Dependency dependencyOf(Plan plan, long dependencyId) {
		return this.dependencies.findById(dependencyId)
			.filter(d -> d.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("dependency", dependencyId));
	}

	private Map<Long, Activity> activitiesOf(Plan plan) {
		Map<Long, Activity> byId = new HashMap<>();
		for (Activity a : this.activities.findByPlanIdOrderBySortOrderAscIdAsc(plan.id())) {
			byId.put(a.id(), a);
		}
		return byId;
	}

	private Map<Long, PlanCalendar> calendarsOf(Plan plan) {
		Map<Long, PlanCalendar> byId = new HashMap<>();
		for (PlanCalendar c : this.calendars.findByPlanIdOrderByIdAsc(plan.id())) {
			byId.put(c.id(), c);
		}
		return byId;
	}

	private static DependencyView find(PlanView view, long dependencyId) {
		return view.dependencies().stream().filter(d -> d.id() == dependencyId).findFirst().orElseThrow();
	}

	private static LocalDateTime defaultStart() {
		return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(LocalTime.of(8, 0));
	}

}
