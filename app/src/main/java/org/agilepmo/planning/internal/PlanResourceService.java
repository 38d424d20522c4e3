package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.planning.PlanResources;
import org.agilepmo.planning.PlanResources.ResourceType;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's resources and their assignments to activities: reading them under the
 * project's access rule, and adding, changing and removing them as a person who may
 * change the plan. Every write checks the object's version, moves the plan's version
 * (through the plan's model in memory, as an activity edit does) and appends one audit
 * entry, in one transaction. An import replaces them with the file's
 * ({@link PlanImportService}).
 */
@Service
public class PlanResourceService implements PlanResources {

	static final String RESOURCE = "plan-resource";

	static final String ASSIGNMENT = "plan-assignment";

	private final PlanStore store;

	private final PlanResourceRows resources;

	private final PlanAssignmentRows assignments;

	private final People people;

	private final AuditTrail audit;

	PlanResourceService(PlanStore store, PlanResourceRows resources, PlanAssignmentRows assignments, People people,
			AuditTrail audit) {
		this.store = store;
		this.resources = resources;
		this.assignments = assignments;
		this.people = people;
		this.audit = audit;
	}

	// ---- reading

	@Override
	@Transactional(readOnly = true)
	public Staffing staffing(Actor actor, long projectId) {
		ProjectSummary project = this.store.visible(actor, projectId);
		Plan plan = this.store.plans.findByProjectId(projectId).orElse(null);
		if (plan == null) {
			return new Staffing(projectId, 0, List.of(), List.of());
		}
		return staffing(project, plan, this.store.model(project, plan));
	}

	/** One resource of the plan. */
	@Transactional(readOnly = true)
	public Resource resource(Actor actor, long projectId, long resourceId) {
		return staffing(actor, projectId).resources()
			.stream()
			.filter(r -> r.id() == resourceId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("resource", resourceId));
	}

	/** One assignment of the plan. */
	@Transactional(readOnly = true)
	public Assignment assignment(Actor actor, long projectId, long assignmentId) {
		return staffing(actor, projectId).assignments()
			.stream()
			.filter(a -> a.id() == assignmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assignment", assignmentId));
	}

	private Staffing staffing(ProjectSummary project, Plan plan, PlanModel model) {
		List<PlanResource> rows = this.resources.findByPlanIdOrderByIdAsc(plan.id());
		rows.sort(Comparator.comparing(PlanResource::externalId, StaffingOrder.EXTERNAL_IDS));
		Map<Long, PlanResource> byId = new HashMap<>();
		List<Resource> views = new ArrayList<>(rows.size());
		for (PlanResource row : rows) {
			byId.put(row.id(), row);
			views.add(row.view());
		}
		Map<Long, Integer> order = new HashMap<>(model.activities().size() * 2);
		Map<Long, String> externalIds = new HashMap<>(model.activities().size() * 2);
		int position = 0;
		for (Activity activity : model.activities()) {
			order.put(activity.id(), position++);
			externalIds.put(activity.id(), activity.draft().externalId());
		}
		List<PlanAssignment> assigned = this.assignments.findByPlanIdOrderByIdAsc(plan.id());
		assigned
			.sort(Comparator.comparing((PlanAssignment a) -> order.getOrDefault(a.activityId(), Integer.MAX_VALUE)));
		List<Assignment> assignmentViews = new ArrayList<>(assigned.size());
		for (PlanAssignment a : assigned) {
			PlanResource resource = byId.get(a.resourceId());
			assignmentViews.add(new Assignment(a.id(), a.version(), a.activityId(), externalIds.get(a.activityId()),
					a.resourceId(), (resource != null) ? resource.externalId() : null, StaffingRules.plain(a.units()),
					a.workMinutes(), a.actualWorkMinutes(), a.remainingWorkMinutes()));
		}
		return new Staffing(project.id(), plan.version(), views, assignmentViews);
	}

	// ---- writing: resources

	/**
	 * Adds a resource; one without an external ID gets the next free number, as MS
	 * Project numbers its resources.
	 */
	@Transactional
	public Resource addResource(Actor actor, long projectId, ResourceDraft draft) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		List<PlanResource> existing = this.resources.findByPlanIdOrderByIdAsc(plan.id());
		ResourceDraft given = (draft.externalId() == null || draft.externalId().isBlank())
				? new ResourceDraft(StaffingOrder.nextFree(existing.stream().map(PlanResource::externalId).toList()),
						draft.name(), draft.type(), draft.maxUnits(), draft.calendarId(), draft.personId())
				: draft;
		ResourceDraft checked = checkResource(given, model, existing, null);
		PlanResource resource = new PlanResource(plan.id(), checked);
		this.resources.save(resource);
		commit(project, plan, model);
		this.audit.record(AuditRecord.created(RESOURCE, resource.id(), project.classification(), checked));
		return resource.view();
	}

	/** Applies a change (an API patch, a page's form) to the resource as it is now. */
	@Transactional
	public Resource editResource(Actor actor, long projectId, long resourceId, long expectedVersion,
			Change<ResourceDraft> change) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		PlanResource resource = resourceOf(plan, resourceId);
		Versioned.check("resource", resourceId, expectedVersion, resource.version());
		ResourceDraft before = resource.draft();
		ResourceDraft checked = checkResource(change.applyTo(before), model,
				this.resources.findByPlanIdOrderByIdAsc(plan.id()), resourceId);
		resource.revise(checked);
		this.resources.flush();
		commit(project, plan, model);
		this.audit.record(AuditRecord.updated(RESOURCE, resourceId, project.classification(), before, checked));
		return resource.view();
	}

	/** Removes a resource with its assignments. */
	@Transactional
	public void deleteResource(Actor actor, long projectId, long resourceId, long expectedVersion) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		PlanResource resource = resourceOf(plan, resourceId);
		Versioned.check("resource", resourceId, expectedVersion, resource.version());
		List<PlanAssignment> its = this.assignments.findByPlanIdOrderByIdAsc(plan.id())
			.stream()
			.filter(a -> a.resourceId() == resourceId)
			.toList();
		this.assignments.deleteAll(its);
		this.assignments.flush();
		this.resources.delete(resource);
		commit(project, plan, model);
		this.audit.record(
				new AuditRecord(RESOURCE + ".deleted", RESOURCE, String.valueOf(resourceId), project.classification(),
						resource.name() + " and " + its.size() + " assignments", resource.draft(), null));
	}

	private ResourceDraft checkResource(ResourceDraft draft, PlanModel model, List<PlanResource> existing, Long self) {
		ResourceDraft checked = StaffingRules.checked(draft);
		for (PlanResource other : existing) {
			if (!Objects.equals(other.id(), self) && other.externalId().equals(checked.externalId())) {
				throw StaffingRules.duplicate(checked.externalId());
			}
		}
		if (checked.calendarId() != null && !model.calendarsById().containsKey(checked.calendarId())) {
			throw PlanRules.violation("calendarId", "planning.error.unknownCalendar",
					"no calendar " + checked.calendarId(), checked.calendarId());
		}
		if (checked.personId() != null && this.people.find(checked.personId()).isEmpty()) {
			throw PlanRules.violation("personId", "planning.error.unknownPerson", "no person " + checked.personId(),
					checked.personId());
		}
		return checked;
	}

	// ---- writing: assignments

	/**
	 * Assigns a resource to an activity; a work left out is the activity's duration times
	 * the units (for a work resource). A resource is assigned to an activity once.
	 */
	@Transactional
	public Assignment addAssignment(Actor actor, long projectId, AssignmentDraft draft) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		AssignmentDraft checked = checkAssignment(draft, plan, model, null);
		PlanAssignment assignment = new PlanAssignment(plan.id(), checked, null);
		this.assignments.save(assignment);
		commit(project, plan, model);
		this.audit.record(AuditRecord.created(ASSIGNMENT, assignment.id(), project.classification(), checked));
		return view(assignment, model);
	}

	@Transactional
	public Assignment editAssignment(Actor actor, long projectId, long assignmentId, long expectedVersion,
			Change<AssignmentDraft> change) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		PlanAssignment assignment = assignmentOf(plan, assignmentId);
		Versioned.check("assignment", assignmentId, expectedVersion, assignment.version());
		AssignmentDraft before = assignment.draft();
		AssignmentDraft checked = checkAssignment(change.applyTo(before), plan, model, assignmentId);
		assignment.revise(checked);
		this.assignments.flush();
		commit(project, plan, model);
		this.audit.record(AuditRecord.updated(ASSIGNMENT, assignmentId, project.classification(), before, checked));
		return view(assignment, model);
	}

	@Transactional
	public void deleteAssignment(Actor actor, long projectId, long assignmentId, long expectedVersion) {
		ProjectSummary project = this.store.editable(actor, projectId);
		Plan plan = this.store.planFor(project, null);
		PlanModel model = this.store.model(project, plan);
		PlanAssignment assignment = assignmentOf(plan, assignmentId);
		Versioned.check("assignment", assignmentId, expectedVersion, assignment.version());
		this.assignments.delete(assignment);
		commit(project, plan, model);
		this.audit.record(new AuditRecord(ASSIGNMENT + ".deleted", ASSIGNMENT, String.valueOf(assignmentId),
				project.classification(), null, assignment.draft(), null));
	}

	private AssignmentDraft checkAssignment(AssignmentDraft draft, Plan plan, PlanModel model, Long self) {
		AssignmentDraft checked = StaffingRules.checked(draft);
		Activity activity = model.activitiesById().get(checked.activityId());
		if (activity == null) {
			throw PlanRules.violation("activityId", "planning.error.unknownActivity",
					"no activity " + checked.activityId(), checked.activityId());
		}
		PlanResource resource = this.resources.findById(checked.resourceId())
			.filter(r -> r.planId() == plan.id())
			.orElseThrow(() -> PlanRules.violation("resourceId", "planning.error.unknownResource",
					"no resource " + checked.resourceId(), checked.resourceId()));
		boolean twice = this.assignments.findByActivityId(checked.activityId())
			.stream()
			.anyMatch(a -> a.resourceId() == checked.resourceId() && !Objects.equals(a.id(), self));
		if (twice) {
			throw PlanRules.violation("resourceId", "planning.error.assignedTwice",
					resource.name() + " is already assigned to this activity", resource.name());
		}
		if (checked.workMinutes() == null && resource.type() == ResourceType.WORK) {
			long work = BigDecimal.valueOf(activity.durationMinutes())
				.multiply(checked.units())
				.setScale(0, RoundingMode.HALF_UP)
				.longValueExact();
			return new AssignmentDraft(checked.activityId(), checked.resourceId(), checked.units(),
					StaffingRules.work("workMinutes", work), checked.actualWorkMinutes(),
					checked.remainingWorkMinutes());
		}
		return checked;
	}

	private Assignment view(PlanAssignment a, PlanModel model) {
		Activity activity = model.activitiesById().get(a.activityId());
		PlanResource resource = this.resources.findById(a.resourceId()).orElseThrow();
		return new Assignment(a.id(), a.version(), a.activityId(),
				(activity != null) ? activity.draft().externalId() : null, a.resourceId(), resource.externalId(),
				StaffingRules.plain(a.units()), a.workMinutes(), a.actualWorkMinutes(), a.remainingWorkMinutes());
	}

	// ---- the plan

	/**
	 * Moves the plan's version: the resources are part of the plan as it is exported. The
	 * schedule is worked out from the model in memory (resources do not change it).
	 */
	private void commit(ProjectSummary project, Plan plan, PlanModel model) {
		this.resources.flush();
		this.assignments.flush();
		plan.touch();
		this.store.commit(project, plan, model.activities(), model.dependencies(), model.calendars(), model);
	}

	private PlanResource resourceOf(Plan plan, long resourceId) {
		return this.resources.findById(resourceId)
			.filter(r -> r.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("resource", resourceId));
	}

	private PlanAssignment assignmentOf(Plan plan, long assignmentId) {
		return this.assignments.findById(assignmentId)
			.filter(a -> a.planId() == plan.id())
			.orElseThrow(() -> new NotFoundException("assignment", assignmentId));
	}

}
