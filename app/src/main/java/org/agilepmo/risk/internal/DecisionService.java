package org.agilepmo.risk.internal;

import java.time.LocalDate;
import java.util.List;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's decision log: what was decided, by whom, on which options, and why. */
@Service
public class DecisionService {

	static final String ENTITY = "decision";

	private final Decisions decisions;

	private final Risks risks;

	private final Issues issues;

	private final RegisterAccess access;

	private final AuditTrail audit;

	DecisionService(Decisions decisions, Risks risks, Issues issues, RegisterAccess access, AuditTrail audit) {
		this.decisions = decisions;
		this.risks = risks;
		this.issues = issues;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.decisions.findByProjectIdOrderByDecidedOnDescIdDesc(projectId);
	}

	@Transactional(readOnly = true)
	public Decision decision(Actor actor, long decisionId) {
		Decision d = this.decisions.findById(decisionId).orElseThrow(() -> new NotFoundException(ENTITY, decisionId));
		if (!this.access.sees(actor, d.projectId())) {
			throw new NotFoundException(ENTITY, decisionId);
		}
		return d;
	}

	@Transactional
	public Decision record(Actor actor, long projectId, DecisionDraft draft) {
		ProjectSummary project = this.access.editable(actor, projectId);
		checkLinks(projectId, draft);
		Decision d = this.decisions.saveAndFlush(new Decision(projectId, draft.riskId(), draft.issueId(),
				draft.decision(), draft.decidedOn(), draft.decidedBy(), draft.options(), draft.rationale()));
		this.audit.record(AuditRecord.created(ENTITY, d.id(), project.classification(), d.state()));
		return d;
	}

	/** Corrects an entry of the decision log: whoever keeps the project's register. */
	@Transactional
	public Decision change(Actor actor, long decisionId, long expectedVersion, DecisionDraft draft) {
		Decision d = decision(actor, decisionId);
		Versioned.check(ENTITY, d.id(), expectedVersion, d.version());
		ProjectSummary project = this.access.editable(actor, d.projectId());
		checkLinks(d.projectId(), draft);
		String before = d.state();
		d.change(draft.riskId(), draft.issueId(), draft.decision(), draft.decidedOn(), draft.decidedBy(),
				draft.options(), draft.rationale());
		try {
			this.decisions.saveAndFlush(d);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, d.id(), d.version(), d.version() + 1);
		}
		this.audit.record(AuditRecord.updated(ENTITY, d.id(), project.classification(), before, d.state()));
		return d;
	}

	/** Whether the person may correct the project's decision log. */
	@Transactional(readOnly = true)
	public boolean mayChange(Actor actor, Decision d) {
		return this.access.mayEdit(actor, d.projectId());
	}

	private void checkLinks(long projectId, DecisionDraft draft) {
		if (draft.riskId() != null && this.risks.findById(draft.riskId())
			.filter(r -> Long.valueOf(projectId).equals(r.projectId()))
			.isEmpty()) {
			throw new RuleViolationException("riskId", "risk.error.notInProject", "is not a risk of this project");
		}
		if (draft.issueId() != null
				&& this.issues.findById(draft.issueId()).filter(i -> i.projectId() == projectId).isEmpty()) {
			throw new RuleViolationException("issueId", "risk.error.notInProject", "is not an issue of this project");
		}
	}

	/** A decision as it is recorded. */
	public record DecisionDraft(String decision, LocalDate decidedOn, String decidedBy, String options,
			String rationale, Long riskId, Long issueId) {

	}

}
