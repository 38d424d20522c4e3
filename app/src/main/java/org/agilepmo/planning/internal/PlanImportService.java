package org.agilepmo.planning.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ImportWorkspace;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.hibernate.Session;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling a plan from a schedule file (MS Project, Primavera): replacing the plan's
 * activities, dependencies, calendars, resources and assignments, or creating a project
 * with the file's plan. All or nothing.
 */
@Service
public class PlanImportService {

	private final PlanStore store;

	private final AuditTrail audit;

	private final PortfolioRegistry registry;

	private final ImportWorkspace uploads;

	PlanImportService(PlanStore store, AuditTrail audit, PortfolioRegistry registry, ImportWorkspace uploads) {
		this.uploads = uploads;
		this.store = store;
		this.audit = audit;
		this.registry = registry;
	}

	/**
	 * Reads a schedule file within the import limits; nothing it unpacked is left behind.
	 */
	public ImportedPlan readFile(String fileName, byte[] content) {
		return counted(fileName, MpxjReading.read(fileName, content, this.uploads));
	}

	/**
	 * Reads a schedule file received on disk (a multipart upload, say), unpacking a zip
	 * or gzip within the import limits; nothing is kept in memory but what MPXJ reads,
	 * and nothing is left on disk.
	 */
	public ImportedPlan readFile(String fileName, ImportWorkspace.Upload upload) {
		return counted(fileName, this.uploads.received(fileName, upload, path -> MpxjReading.read(fileName, path)));
	}

	private ImportedPlan counted(String fileName, ImportedPlan imported) {
		int max = this.uploads.limits().maxTasks();
		if (imported.activities().size() > max) {
			throw new RuleViolationException("file", "import.limit.tasks",
					fileName + " holds " + imported.activities().size() + " tasks; an import may hold at most " + max,
					fileName, imported.activities().size(), max);
		}
		return imported;
	}

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
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		Plan.PlanSnapshot before = plan.snapshot();
		long removed = this.store.activities.countByPlanId(plan.id());
		this.store.assignments.deleteByPlan(plan.id());
		this.store.resources.deleteByPlan(plan.id());
		this.store.dependencies.deleteByPlan(plan.id());
		this.store.activities.deleteByPlan(plan.id());
		Long previousCalendar = plan.calendarId();
		plan.reschedule(plan.projectStart(), plan.statusDate(), null);
		this.store.plans.flush();
		this.store.calendars.findByPlanIdOrderByIdAsc(plan.id()).forEach(this.store.calendars::delete);
		this.store.calendars.flush();
		Session session = this.store.unwrapSession();
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
			this.store.entityManager.persist(calendar);
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
			Activity activity;
			try {
				activity = Activity.add(plan.id(), ++order, draft, ActivityPlacement.forNew(byId, calendarsById));
			}
			catch (RuleViolationException ex) {
				throw atElement("task " + task.key() + " (" + task.draft().name() + ")", ex);
			}
			activity.recordToolDetails(task.details());
			try {
				activity.budget(task.budgetedCost());
			}
			catch (RuleViolationException ex) {
				throw atElement("task " + task.key() + " (" + task.draft().name() + ")", ex);
			}
			this.store.entityManager.persist(activity);
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
			this.store.entityManager.persist(dependency);
			createdLinks.add(dependency);
			links++;
		}
		int[] staffing = writeStaffing(plan, imported, byKey, calendarsByKey);
		PlanCalendar projectCalendar = (imported.defaultCalendarKey() != null)
				? calendarsByKey.get(imported.defaultCalendarKey()) : null;
		LocalDateTime start = (imported.projectStart() != null) ? imported.projectStart() : plan.projectStart();
		PlanRules.checkDate("projectStart", start);
		PlanRules.checkDate("statusDate", imported.statusDate());
		plan.reschedule(start, imported.statusDate(), (projectCalendar != null) ? projectCalendar.id() : null);
		plan.importedFrom(imported.sourceFile());
		plan.followRules(imported.rules(), imported.progressed());
		PlanRules.checkDate("scheduledFinish", imported.scheduledFinish());
		plan.scheduleFromFinish(imported.scheduledFinish());
		try {
			this.store.plans.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("plan", project.id(), plan.version(), plan.version() + 1);
		}
		// Scheduled from the objects just written rather than read back, and the
		// persistence context emptied, so that the commit does not check thousands of
		// unchanged entities again.
		PlanModel model = this.store.scheduler.modelOf(project, plan, new ArrayList<>(byKey.values()), createdLinks,
				new ArrayList<>(calendarsByKey.values()));
		PlanView view = model.view();
		this.store.entityManager.clear();
		this.store.scheduler.remember(plan.id(), model);
		this.audit.record(new AuditRecord(PlanService.PLAN + ".imported", PlanService.PLAN, String.valueOf(plan.id()),
				project.classification(),
				imported.sourceFile() + ": " + byKey.size() + " activities, " + links + " dependencies, "
						+ calendarsByKey.size() + " calendars, " + staffing[0] + " resources, " + staffing[1]
						+ " assignments (replacing " + removed + " activities, calendar " + previousCalendar + ")",
				before, plan.snapshot()));
		return view;
	}

	/**
	 * Writes the file's resources and assignments in the same JDBC batches as the
	 * activities; answers how many of each.
	 */
	private int[] writeStaffing(Plan plan, ImportedPlan imported, Map<String, Activity> activities,
			Map<String, PlanCalendar> calendars) {
		Map<String, PlanResource> resources = new HashMap<>(imported.resources().size() * 2);
		for (ImportedPlan.Resource r : imported.resources()) {
			PlanCalendar calendar = (r.calendarKey() != null) ? calendars.get(r.calendarKey()) : null;
			ResourceDraft draft = new ResourceDraft(r.draft().externalId(), r.draft().name(), r.draft().type(),
					r.draft().maxUnits(), (calendar != null) ? calendar.id() : null, null);
			ResourceDraft checked;
			try {
				checked = StaffingRules.checked(draft);
			}
			catch (RuleViolationException ex) {
				throw atElement("resource " + draft.externalId() + " (" + draft.name() + ")", ex);
			}
			PlanResource resource = new PlanResource(plan.id(), checked);
			this.store.entityManager.persist(resource);
			resources.put(checked.externalId(), resource);
		}
		int assignments = 0;
		for (ImportedPlan.Assignment a : imported.assignments()) {
			Activity activity = activities.get(a.taskKey());
			PlanResource resource = resources.get(a.resourceKey());
			String element = "assignment of resource " + a.resourceKey() + " to task " + a.taskKey();
			if (activity == null || resource == null) {
				throw new RuleViolationException("file", "planning.import.unknownTask",
						element + ": refers to a task or resource that is not in the file", element);
			}
			AssignmentDraft draft = new AssignmentDraft(activity.id(), resource.id(), a.draft().units(),
					a.draft().workMinutes(), a.draft().actualWorkMinutes(), a.draft().remainingWorkMinutes());
			AssignmentDraft checked;
			try {
				checked = StaffingRules.checked(draft);
			}
			catch (RuleViolationException ex) {
				throw atElement(element, ex);
			}
			this.store.entityManager.persist(new PlanAssignment(plan.id(), checked, a.externalId()));
			assignments++;
		}
		return new int[] { resources.size(), assignments };
	}

	private static RuleViolationException atElement(String element, RuleViolationException ex) {
		return new RuleViolationException("file", "planning.import.invalidElement",
				element + ": " + ex.field() + ": " + ex.getMessage(), element,
				new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { ex.messageKey() },
						ex.arguments(), ex.getMessage()));
	}

}
