package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correlation groups of a project's plan: read under the project's rule, changed by
 * those who may change the plan, each change checked against the plan and audited. A risk
 * analysis uses the groups as they are when it starts.
 */
@Service
public class CorrelationGroupService {

	static final String KIND = "plan-correlation-group";

	static final int NAME_MAX = 200;

	private final PlanStore store;

	private final PlanCorrelationGroups groups;

	private final AuditTrail audit;

	CorrelationGroupService(PlanStore store, PlanCorrelationGroups groups, AuditTrail audit) {
		this.store = store;
		this.groups = groups;
		this.audit = audit;
	}

	/** A group as shown. */
	public record CorrelationGroupView(long id, long version, long projectId, String name, BigDecimal coefficient,
			List<Long> activityIds) {

		static CorrelationGroupView of(PlanCorrelationGroup g) {
			CorrelationDraft d = g.draft();
			return new CorrelationGroupView(g.id(), g.version(), g.projectId(), d.name(), d.coefficient(),
					d.activityIds());
		}

	}

	@Transactional(readOnly = true)
	public List<CorrelationGroupView> groups(Actor actor, long projectId) {
		this.store.visible(actor, projectId);
		return this.groups.findByProjectIdOrderByIdAsc(projectId).stream().map(CorrelationGroupView::of).toList();
	}

	@Transactional(readOnly = true)
	public CorrelationGroupView group(Actor actor, long groupId) {
		return CorrelationGroupView.of(visible(actor, groupId));
	}

	@Transactional
	public CorrelationGroupView create(Actor actor, long projectId, CorrelationDraft draft) {
		ProjectSummary project = this.store.editable(actor, projectId);
		CorrelationDraft checked = checked(project, null, draft);
		PlanCorrelationGroup group = this.groups.saveAndFlush(new PlanCorrelationGroup(projectId, checked));
		this.audit.record(AuditRecord.created(KIND, group.id(), project.classification(), checked));
		return CorrelationGroupView.of(group);
	}

	@Transactional
	public CorrelationGroupView change(Actor actor, long groupId, long expectedVersion,
			Change<CorrelationDraft> change) {
		PlanCorrelationGroup group = visible(actor, groupId);
		ProjectSummary project = this.store.editable(actor, group.projectId());
		Versioned.check("correlation group", groupId, expectedVersion, group.version());
		CorrelationDraft before = group.draft();
		CorrelationDraft checked = checked(project, groupId, change.applyTo(before));
		group.revise(checked);
		group = this.groups.saveAndFlush(group);
		this.audit.record(AuditRecord.updated(KIND, groupId, project.classification(), before, checked));
		return CorrelationGroupView.of(group);
	}

	@Transactional
	public void delete(Actor actor, long groupId, long expectedVersion) {
		PlanCorrelationGroup group = visible(actor, groupId);
		ProjectSummary project = this.store.editable(actor, group.projectId());
		Versioned.check("correlation group", groupId, expectedVersion, group.version());
		CorrelationDraft before = group.draft();
		this.groups.delete(group);
		this.groups.flush();
		this.audit.record(new AuditRecord(KIND + ".deleted", KIND, String.valueOf(groupId), project.classification(),
				before.name(), before, null));
	}

	/** The project's groups for a run, without access checks (the caller made them). */
	List<CorrelationGroupView> ofProject(long projectId) {
		return this.groups.findByProjectIdOrderByIdAsc(projectId).stream().map(CorrelationGroupView::of).toList();
	}

	private PlanCorrelationGroup visible(Actor actor, long groupId) {
		PlanCorrelationGroup group = this.groups.findById(groupId)
			.orElseThrow(() -> new NotFoundException("correlation group", groupId));
		try {
			this.store.visible(actor, group.projectId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("correlation group", groupId);
		}
		return group;
	}

	/**
	 * The draft checked against the plan: a name, a coefficient the engine can induce for
	 * the group's size, at least two tasks of the plan, none in another group.
	 */
	private CorrelationDraft checked(ProjectSummary project, Long groupId, CorrelationDraft draft) {
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty()) {
			throw new RuleViolationException("name", "planning.error.required", "is required");
		}
		if (name.length() > NAME_MAX) {
			throw new RuleViolationException("name", "planning.error.tooLong", "is too long", NAME_MAX);
		}
		List<Long> ids = draft.activityIds();
		if (ids.size() < 2) {
			throw new RuleViolationException("activityIds", "planning.error.correlationMembers",
					"choose at least two tasks of the plan");
		}
		BigDecimal coefficient = draft.coefficient();
		if (coefficient == null) {
			throw new RuleViolationException("coefficient", "planning.error.required", "is required");
		}
		double lowest = -1.0 / (ids.size() - 1);
		if (coefficient.doubleValue() > 1 || coefficient.doubleValue() <= lowest
				|| coefficient.stripTrailingZeros().scale() > 3) {
			throw new RuleViolationException("coefficient", "planning.error.coefficient",
					"must be above " + lowest + " and at most 1, with at most three decimals",
					String.format(java.util.Locale.ROOT, "%.3f", lowest));
		}
		Map<Long, Activity> activities = new HashMap<>();
		this.store.plans.findByProjectId(project.id())
			.ifPresent(plan -> this.store.model(project, plan).activities().forEach(a -> activities.put(a.id(), a)));
		for (Long id : ids) {
			Activity a = activities.get(id);
			if (a == null || a.kind() != ActivityKind.TASK) {
				throw new RuleViolationException("activityIds", "planning.error.correlationTask",
						"each member must be a task of the plan", String.valueOf(id));
			}
		}
		for (PlanCorrelationGroup other : this.groups.findByProjectIdOrderByIdAsc(project.id())) {
			if (other.id().equals(groupId)) {
				continue;
			}
			for (Long id : ids) {
				if (other.activityIds().contains(id)) {
					throw new RuleViolationException("activityIds", "planning.error.correlationTaken",
							"a task can be in one correlation group only", activities.get(id).name(),
							other.draft().name());
				}
			}
		}
		return new CorrelationDraft(name, coefficient.setScale(3, java.math.RoundingMode.HALF_UP), ids);
	}

}
