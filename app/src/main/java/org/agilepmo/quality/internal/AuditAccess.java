package org.agilepmo.quality.internal;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a technical audit: its auditors and the owners of its actions, and whoever
 * may see what is audited (the project's readers, the squad's indicator readers; for an
 * application, the PMO and the overseers until the application portfolio says who reads
 * it), always with a screening that clears the audit's classification. Only its auditors
 * record findings and actions and close it.
 */
@Component
public class AuditAccess {

	private final ProjectCatalogue projects;

	private final IndicatorAccess indicators;

	private final CorrectiveActions actions;

	AuditAccess(ProjectCatalogue projects, IndicatorAccess indicators, CorrectiveActions actions) {
		this.projects = projects;
		this.indicators = indicators;
		this.actions = actions;
	}

	public boolean maySee(Actor actor, TechnicalAudit audit) {
		if (!actor.clears(audit.classification())) {
			return false;
		}
		if (audit.isAuditor(actor.id()) || ownsAnActionOf(actor, audit)) {
			return true;
		}
		return switch (audit.subject()) {
			case PROJECT -> this.projects.findVisible(audit.projectId(), actor).isPresent();
			case SQUAD -> this.indicators.maySeeSquad(actor, audit.squadId());
			case APPLICATION -> this.indicators.oversees(actor);
		};
	}

	/** The PMO and the overseers open audits. */
	public boolean mayOpen(Actor actor) {
		return this.indicators.oversees(actor);
	}

	public TechnicalAudit requireVisible(TechnicalAudit audit, Actor actor) {
		if (audit == null || !maySee(actor, audit)) {
			throw new NotFoundException("audit", audit == null ? null : audit.id());
		}
		return audit;
	}

	/**
	 * The audit when the person is one of its auditors: 404 if hidden, 403 if a reader.
	 */
	public TechnicalAudit requireAuditor(TechnicalAudit audit, Actor actor) {
		requireVisible(audit, actor);
		if (!audit.isAuditor(actor.id())) {
			throw new AccessDeniedException("only the audit's auditors change it");
		}
		return audit;
	}

	private boolean ownsAnActionOf(Actor actor, TechnicalAudit audit) {
		return audit.id() != null
				&& this.actions.findByOwnerId(actor.id()).stream().anyMatch(a -> a.auditId() == audit.id());
	}

}
