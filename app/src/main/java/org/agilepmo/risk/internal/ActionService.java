package org.agilepmo.risk.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions on risks and issues, tracked across projects: adding one for an owner (who is
 * told), the owner or the project's manager marking it done, and a person's open actions,
 * overdue first (overdue as {@link Overdue} decides).
 */
@Service
public class ActionService {

	static final String ENTITY = "risk-action";

	private final RiskActions actions;

	private final Risks risks;

	private final Issues issues;

	private final RegisterAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Overdue overdue;

	ActionService(RiskActions actions, Risks risks, Issues issues, RegisterAccess access, AuditTrail audit,
			ApplicationEventPublisher events, Overdue overdue) {
		this.actions = actions;
		this.risks = risks;
		this.issues = issues;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.overdue = overdue;
	}

	/** An action on a risk ({@code riskId}) or an issue ({@code issueId}). */
	@Transactional
	public RiskAction add(Actor actor, Long riskId, Long issueId, RiskAction.Kind kind, String title, Long ownerId,
			LocalDate due) {
		long projectId;
		if (riskId != null) {
			Risk risk = this.risks.findById(riskId)
				.orElseThrow(() -> new NotFoundException(RiskService.ENTITY, riskId));
			if (!risk.scope().isProject()) {
				this.access.register(actor, risk.scope());
				throw new RuleViolationException("riskId", "risk.error.actionsOnlyInProjects",
						"actions are tracked on a project's risks: record this one in the project that acts on it");
			}
			projectId = risk.projectId();
		}
		else if (issueId != null) {
			projectId = this.issues.findById(issueId)
				.orElseThrow(() -> new NotFoundException(IssueService.ENTITY, issueId))
				.projectId();
		}
		else {
			throw new IllegalArgumentException("an action is about a risk or an issue");
		}
		ProjectSummary project = this.access.editable(actor, projectId);
		if (ownerId == null) {
			throw new RuleViolationException("ownerId", "risk.error.required", "is required");
		}
		PersonSummary owner = this.access.owner("ownerId", ownerId, projectId);
		RiskAction action = this.actions
			.saveAndFlush(new RiskAction(projectId, riskId, issueId, kind, title, owner.id(), due, this.overdue.now()));
		this.audit.record(AuditRecord.created(ENTITY, action.id(), project.classification(), action.state()));
		if (owner.id() != actor.id()) {
			this.events
				.publishEvent(new Attention(owner.id(), new ObjectRef(ENTITY, action.id()), "assignment", actor.id()));
		}
		return action;
	}

	/**
	 * Changes an action (kind, title, owner, due date): whoever keeps the project's
	 * register. A new owner is told.
	 */
	@Transactional
	public RiskAction change(Actor actor, long actionId, long expectedVersion, RiskAction.Kind kind, String title,
			Long ownerId, LocalDate due) {
		RiskAction action = action(actor, actionId);
		Versioned.check(ENTITY, action.id(), expectedVersion, action.version());
		ProjectSummary project = this.access.editable(actor, action.projectId());
		if (ownerId == null) {
			throw new RuleViolationException("ownerId", "risk.error.required", "is required");
		}
		PersonSummary owner = this.access.owner("ownerId", ownerId, action.projectId());
		String before = action.state();
		long previousOwner = action.ownerId();
		action.change(kind, title, owner.id(), due);
		try {
			this.actions.saveAndFlush(action);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, action.id(), action.version(), action.version() + 1);
		}
		this.audit.record(AuditRecord.updated(ENTITY, action.id(), project.classification(), before, action.state()));
		if (owner.id() != previousOwner && owner.id() != actor.id()) {
			this.events
				.publishEvent(new Attention(owner.id(), new ObjectRef(ENTITY, action.id()), "assignment", actor.id()));
		}
		return action;
	}

	/** Whether the person may change the action (they keep its project's register). */
	@Transactional(readOnly = true)
	public boolean mayChange(Actor actor, RiskAction action) {
		return this.access.mayEdit(actor, action.projectId());
	}

	/** The action as lists show it, when the person may see it; 404 otherwise. */
	@Transactional(readOnly = true)
	public ActionView view(Actor actor, long actionId) {
		return views(actor, List.of(action(actor, actionId))).get(0);
	}

	/** Marks the action done: its owner or whoever keeps the project's register. */
	@Transactional
	public RiskAction complete(Actor actor, long actionId, long expectedVersion) {
		RiskAction action = action(actor, actionId);
		Versioned.check(ENTITY, action.id(), expectedVersion, action.version());
		if (action.ownerId() != actor.id() && !this.access.mayEdit(actor, action.projectId())) {
			throw new AccessDeniedException("only the owner or the project's manager completes an action");
		}
		ProjectSummary project = this.access.visible(actor, action.projectId());
		String before = action.state();
		action.complete(this.overdue.now());
		try {
			this.actions.saveAndFlush(action);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, action.id(), action.version(), action.version() + 1);
		}
		this.audit.record(new AuditRecord(ENTITY + ".completed", ENTITY, String.valueOf(action.id()),
				project.classification(), null, before, action.state()));
		return action;
	}

	@Transactional(readOnly = true)
	public RiskAction action(Actor actor, long actionId) {
		RiskAction action = this.actions.findById(actionId).orElseThrow(() -> new NotFoundException(ENTITY, actionId));
		if (!this.access.sees(actor, action.projectId())) {
			throw new NotFoundException(ENTITY, actionId);
		}
		return action;
	}

	@Transactional(readOnly = true)
	public List<ActionView> ofRisk(Actor actor, long riskId) {
		return views(actor, this.actions.findByRiskIdOrderByDueAscIdAsc(riskId));
	}

	@Transactional(readOnly = true)
	public List<ActionView> ofIssue(Actor actor, long issueId) {
		return views(actor, this.actions.findByIssueIdOrderByDueAscIdAsc(issueId));
	}

	/**
	 * The person's open actions on projects they may see, overdue first, then by due date
	 * ({@code overdueOnly}: only the overdue ones).
	 */
	@Transactional(readOnly = true)
	public List<ActionView> mine(Actor actor, boolean overdueOnly) {
		return views(actor, this.actions.findByOwnerIdAndDoneAtIsNullOrderByDueAscIdAsc(actor.id())).stream()
			.filter(v -> !overdueOnly || v.overdue())
			.sorted(Comparator.comparing((ActionView v) -> !v.overdue())
				.thenComparing(v -> v.action().due())
				.thenComparing(v -> v.action().id()))
			.toList();
	}

	private List<ActionView> views(Actor actor, List<RiskAction> list) {
		Map<Long, ProjectOverview> visible = this.access.visibleProjects(actor);
		return list.stream()
			.filter(a -> visible.containsKey(a.projectId()))
			.map(a -> new ActionView(a, visible.get(a.projectId()), this.access.nameOf(a.ownerId()),
					this.overdue.isOverdue(a.due(), a.isDone())))
			.toList();
	}

	/** An action as lists show it: its project, its owner's name, whether overdue. */
	public record ActionView(RiskAction action, ProjectOverview project, String ownerName, boolean overdue) {

	}

}
