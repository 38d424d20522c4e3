package org.agilepmo.risk.internal;

import java.util.List;

import org.agilepmo.risk.ProjectRisks;
import org.agilepmo.risk.RiskHighlight;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register's published reading of a project's top risks, by the register's rule. */
@Component
class ProjectRisksReader implements ProjectRisks {

	private final RegisterAccess access;

	private final Risks risks;

	private final RiskActions actions;

	private final Overdue overdue;

	ProjectRisksReader(RegisterAccess access, Risks risks, RiskActions actions, Overdue overdue) {
		this.access = access;
		this.risks = risks;
		this.actions = actions;
		this.overdue = overdue;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RiskHighlight> unansweredHighRisks(long projectId, Actor actor) {
		if (!this.access.sees(actor, projectId)) {
			return List.of();
		}
		return RegisterViews.top(open(projectId).stream().filter(Risk::isUnansweredHigh).toList(), Integer.MAX_VALUE)
			.stream()
			.map(ProjectRisksReader::highlight)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public int overdueActions(long projectId, Actor actor) {
		if (!this.access.sees(actor, projectId)) {
			return 0;
		}
		return (int) this.actions.findByProjectIdAndDoneAtIsNull(projectId)
			.stream()
			.filter(a -> this.overdue.isOverdue(a.due(), false))
			.count();
	}

	private static RiskHighlight highlight(Risk r) {
		return new RiskHighlight(r.id(), r.code(), r.title(), r.probability(), r.impact(), r.score(), r.rating().name(),
				r.residualRating() == null ? null : r.residualRating().name(), "/risks/" + r.id());
	}

	@Override
	@Transactional(readOnly = true)
	public List<RiskHighlight> topOpenRisks(long projectId, Actor actor, int limit) {
		if (!this.access.sees(actor, projectId)) {
			return List.of();
		}
		return RegisterViews.top(open(projectId), limit).stream().map(ProjectRisksReader::highlight).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public int openRisks(long projectId, Actor actor) {
		return this.access.sees(actor, projectId) ? open(projectId).size() : 0;
	}

	private List<Risk> open(long projectId) {
		return this.risks.findByProjectIdOrderByIdAsc(projectId)
			.stream()
			.filter(r -> r.status() == RiskStatus.OPEN)
			.toList();
	}

}
