package org.agilepmo.risk.internal;

import java.time.LocalDate;
import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's issues: raising them (directly, or from an occurred risk), changing them,
 * escalating them up the line and resolving them; audited, the owner told.
 */
@Service
public class IssueService {

	static final String ENTITY = "risk-issue";

	private final Issues issues;

	private final RegisterAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Overdue clock;

	IssueService(Issues issues, RegisterAccess access, AuditTrail audit, ApplicationEventPublisher events,
			Overdue clock) {
		this.issues = issues;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Issue> issues(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.issues.findByProjectIdOrderByIdAsc(projectId);
	}

	@Transactional(readOnly = true)
	public Issue issue(Actor actor, long issueId) {
		Issue issue = this.issues.findById(issueId).orElseThrow(() -> new NotFoundException(ENTITY, issueId));
		if (!this.access.sees(actor, issue.projectId())) {
			throw new NotFoundException(ENTITY, issueId);
		}
		return issue;
	}

	@Transactional
	public Issue raise(Actor actor, long projectId, IssueDraft draft) {
		ProjectSummary project = this.access.editable(actor, projectId);
		PersonSummary owner = this.access.owner("ownerId", draft.ownerId(), projectId);
		Issue issue = this.issues.saveAndFlush(new Issue(projectId, null, draft.title(), draft.description(),
				draft.priority(), owner == null ? null : owner.id(), draft.due(), this.clock.now()));
		this.audit.record(AuditRecord.created(ENTITY, issue.id(), project.classification(), issue.state()));
		tell(actor, issue, null);
		return issue;
	}

	@Transactional
	public Issue change(Actor actor, long issueId, long expectedVersion, IssueDraft draft) {
		Issue issue = changeable(actor, issueId, expectedVersion);
		ProjectSummary project = this.access.editable(actor, issue.projectId());
		PersonSummary owner = this.access.owner("ownerId", draft.ownerId(), issue.projectId());
		String before = issue.state();
		Long previous = issue.ownerId();
		issue.change(draft.title(), draft.description(), draft.priority(), owner == null ? null : owner.id(),
				draft.due());
		return saved(actor, issue, project, before, ENTITY + ".updated", previous);
	}

	@Transactional
	public Issue escalate(Actor actor, long issueId, long expectedVersion, Issue.Escalation level) {
		Issue issue = changeable(actor, issueId, expectedVersion);
		ProjectSummary project = this.access.editable(actor, issue.projectId());
		String before = issue.state();
		issue.escalateTo(level);
		return saved(actor, issue, project, before, ENTITY + ".escalated", issue.ownerId());
	}

	@Transactional
	public Issue resolve(Actor actor, long issueId, long expectedVersion, String resolution) {
		Issue issue = changeable(actor, issueId, expectedVersion);
		ProjectSummary project = this.access.editable(actor, issue.projectId());
		String before = issue.state();
		issue.resolve(resolution);
		return saved(actor, issue, project, before, ENTITY + ".resolved", issue.ownerId());
	}

	private Issue changeable(Actor actor, long issueId, long expectedVersion) {
		Issue issue = issue(actor, issueId);
		Versioned.check(ENTITY, issue.id(), expectedVersion, issue.version());
		return issue;
	}

	private Issue saved(Actor actor, Issue issue, ProjectSummary project, String before, String action,
			Long previousOwner) {
		try {
			this.issues.saveAndFlush(issue);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, issue.id(), issue.version(), issue.version() + 1);
		}
		this.audit.record(new AuditRecord(action, ENTITY, String.valueOf(issue.id()), project.classification(), null,
				before, issue.state()));
		tell(actor, issue, previousOwner);
		return issue;
	}

	private void tell(Actor actor, Issue issue, Long previousOwner) {
		Long owner = issue.ownerId();
		if (owner != null && !owner.equals(previousOwner) && owner != actor.id()) {
			this.events.publishEvent(new Attention(owner, new ObjectRef(ENTITY, issue.id()), "assignment", actor.id()));
		}
	}

	/** An issue as it is raised or changed. */
	public record IssueDraft(String title, String description, Issue.Priority priority, Long ownerId, LocalDate due) {

	}

}
