package org.agilepmo.risk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agilepmo.risk.internal.ActionService.ActionView;
import org.agilepmo.risk.internal.Decision;
import org.agilepmo.risk.internal.Issue;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.Rating;
import org.agilepmo.risk.internal.RatingChange;
import org.agilepmo.risk.internal.Response;
import org.agilepmo.risk.internal.Risk;
import org.agilepmo.risk.internal.RiskAction;
import org.agilepmo.risk.internal.RiskStatus;
import org.agilepmo.shared.ObjectRef;

/** The register's objects as the API shows them. */
final class RiskResources {

	private RiskResources() {
	}

	record RiskResource(long id, String code, long version, Long projectId, Long programmeId, Long portfolioId,
			Nature nature, String title, String cause, String event, String effect, String category, Long ownerId,
			int probability, Map<String, Integer> impact, int score, Rating rating, LocalDate proximity, String trigger,
			Response response, Integer residualProbability, Map<String, Integer> residualImpact, Integer residualScore,
			Rating residualRating, RiskStatus status, List<String> links) {

		static RiskResource of(Risk r) {
			return new RiskResource(r.id(), r.code(), r.version(), r.projectId(), r.programmeId(),
					r.scope().isProject() ? null : r.portfolioId(), r.nature(), r.title(), r.cause(), r.event(),
					r.effect(), r.category(), r.ownerId(), r.probability(), r.impacts().asMap(), r.score(), r.rating(),
					r.proximity(), r.trigger(), r.response(), r.residualProbability(),
					r.residualImpacts() == null ? null : r.residualImpacts().asMap(), r.residualScore(),
					r.residualRating(), r.status(), r.links().stream().map(ObjectRef::key).toList());
		}

	}

	record RatingChangeResource(Instant changedAt, Long changedBy, String changedByName, String reason, int probability,
			Map<String, Integer> impact, int score, Rating rating, Integer residualProbability,
			Map<String, Integer> residualImpact, Integer residualScore, Rating residualRating, RiskStatus status) {

		static RatingChangeResource of(RatingChange c) {
			return new RatingChangeResource(c.changedAt(), c.changedBy(), c.changedByName(), c.reason(),
					c.probability(), c.impacts().asMap(), c.score(), c.rating(), c.residualProbability(),
					c.residualImpacts() == null ? null : c.residualImpacts().asMap(), c.residualScore(),
					c.residualRating(), c.status());
		}

	}

	record IssueResource(long id, String code, long version, long projectId, Long riskId, String title,
			String description, Issue.Priority priority, Long ownerId, Issue.Escalation escalation, LocalDate due,
			String resolution, Issue.Status status) {

		static IssueResource of(Issue i) {
			return new IssueResource(i.id(), i.code(), i.version(), i.projectId(), i.riskId(), i.title(),
					i.description(), i.priority(), i.ownerId(), i.escalation(), i.due(), i.resolution(), i.status());
		}

	}

	record ActionResource(long id, String code, long version, long projectId, String projectCode, Long riskId,
			Long issueId, RiskAction.Kind kind, String title, long ownerId, String ownerName, LocalDate due,
			boolean done, boolean overdue) {

		static ActionResource of(ActionView v) {
			RiskAction a = v.action();
			return new ActionResource(a.id(), a.code(), a.version(), a.projectId(), v.project().code(), a.riskId(),
					a.issueId(), a.kind(), a.title(), a.ownerId(), v.ownerName(), a.due(), a.isDone(), v.overdue());
		}

	}

	record DecisionResource(long id, String code, long version, long projectId, String decision, LocalDate decidedOn,
			String decidedBy, String options, String rationale, Long riskId, Long issueId) {

		static DecisionResource of(Decision d) {
			return new DecisionResource(d.id(), d.code(), d.version(), d.projectId(), d.decision(), d.decidedOn(),
					d.decidedBy(), d.options(), d.rationale(), d.riskId(), d.issueId());
		}

	}

	/** One page of a list, with the totals a client needs to page through it. */
	record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	}

}
