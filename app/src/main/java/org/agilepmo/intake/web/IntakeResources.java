package org.agilepmo.intake.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.intake.internal.ApprovalTerms;
import org.agilepmo.intake.internal.ArbOpinion;
import org.agilepmo.intake.internal.AssessmentDraft;
import org.agilepmo.intake.internal.Attachment;
import org.agilepmo.intake.internal.ConceptNote;
import org.agilepmo.intake.internal.CostLine;
import org.agilepmo.intake.internal.Feasibility;
import org.agilepmo.intake.internal.InitialRisk;
import org.agilepmo.intake.internal.NoteDecision;
import org.agilepmo.intake.internal.NoteDraft;
import org.agilepmo.intake.internal.NoteStatus;
import org.agilepmo.intake.internal.NoteView;
import org.agilepmo.intake.internal.ResourceEstimate;
import org.agilepmo.intake.internal.ScoringCriterion;
import org.agilepmo.intake.internal.ScoringCriterion.CriterionDraft;
import org.agilepmo.intake.internal.Urgency;
import org.agilepmo.intake.internal.WeightedScoring;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.shared.Classification;

/** The JSON shapes of the intake API. */
final class IntakeResources {

	private IntakeResources() {
	}

	record NoteRequest(String title, String problem, String objectives, Long businessOwnerId, String expectedBenefits,
			String scope, BigDecimal roughCost, String currency, BigDecimal roughEffortDays, Urgency urgency,
			Classification classification, List<String> strategicObjectives, List<Attachment> attachments) {

		NoteDraft toDraft() {
			return new NoteDraft(this.title, this.problem, this.objectives, this.businessOwnerId, this.expectedBenefits,
					this.scope, this.roughCost, this.currency, this.roughEffortDays, this.urgency, this.classification,
					this.strategicObjectives, this.attachments);
		}

	}

	record AssessmentRequest(List<CostLine> costs, Feasibility feasibility, List<InitialRisk> risks, String expectedSla,
			List<ResourceEstimate> resources, Methodology proposedMethod, ArbOpinion arbOpinion, String arbComment,
			String summary, List<Long> requires, List<Long> excludes) {

		AssessmentDraft toDraft() {
			return new AssessmentDraft(this.costs, this.feasibility, this.risks, this.expectedSla, this.resources,
					this.proposedMethod, this.arbOpinion, this.arbComment, this.summary, this.requires, this.excludes);
		}

	}

	record ScoresRequest(Map<Long, Integer> scores) {

	}

	record DecisionRequest(NoteStatus status, String reason, String conditions, ApprovalRequest project) {

		ApprovalTerms terms() {
			return this.project == null ? null
					: new ApprovalTerms(this.project.code(), this.project.portfolioId(), this.project.programmeId(),
							this.project.type(), this.project.projectManagerId(), this.project.plannedStart(),
							this.project.plannedFinish());
		}

	}

	record ApprovalRequest(String code, Long portfolioId, Long programmeId, ProjectType type, Long projectManagerId,
			LocalDate plannedStart, LocalDate plannedFinish) {

	}

	record CriterionRequest(String code, String name, BigDecimal weight, Integer scaleMin, Integer scaleMax,
			Boolean lowerIsBetter, Boolean active) {

		CriterionDraft toDraft() {
			return new CriterionDraft(this.name, this.weight, this.scaleMin == null ? 1 : this.scaleMin,
					this.scaleMax == null ? 5 : this.scaleMax, Boolean.TRUE.equals(this.lowerIsBetter),
					this.active == null || this.active);
		}

	}

	record ScoreResource(BigDecimal value, boolean complete) {

		static ScoreResource of(WeightedScoring.Score s) {
			return new ScoreResource(s.value(), s.complete());
		}

	}

	record CostTotals(BigDecimal oneOff, BigDecimal recurringPerYear, BigDecimal costOfOwnership3Years) {

	}

	record DecisionResource(NoteStatus from, NoteStatus to, String reason, String conditions, long decidedBy,
			String decidedByName, Instant decidedAt) {

		static DecisionResource of(NoteDecision d) {
			return new DecisionResource(d.from(), d.to(), d.reason(), d.conditions(), d.decidedBy(), d.decidedByName(),
					d.decidedAt());
		}

	}

	record NoteResource(long id, long version, String title, String problem, String objectives, Long businessOwnerId,
			String expectedBenefits, String scope, BigDecimal roughCost, String currency, BigDecimal roughEffortDays,
			Urgency urgency, Classification classification, NoteStatus status, List<String> strategicObjectives,
			List<Attachment> attachments, long submittedBy, Instant submittedAt, Instant updatedAt,
			Set<Long> assessorIds, Feasibility feasibility, String expectedSla, Methodology proposedMethod,
			ArbOpinion arbOpinion, String arbComment, String assessmentSummary, List<CostLine> costs,
			CostTotals costTotals, List<InitialRisk> risks, List<ResourceEstimate> resources, Set<Long> requires,
			Set<Long> excludes, Map<Long, Integer> scores, ScoreResource score, List<NoteStatus> decisionsAllowed,
			Long projectId) {

		static NoteResource of(NoteView v) {
			ConceptNote n = v.note();
			return new NoteResource(n.id(), n.version(), n.title(), n.problem(), n.objectives(), n.businessOwnerId(),
					n.expectedBenefits(), n.scope(), n.roughCost(), n.currency(), n.roughEffortDays(), n.urgency(),
					n.classification(), n.status(), n.strategicObjectives(), n.attachments(), n.submittedBy(),
					n.submittedAt(), n.updatedAt(), n.assessorIds(), n.feasibility(), n.expectedSla(),
					n.proposedMethod(), n.arbOpinion(), n.arbComment(), n.assessmentSummary(), n.costs(),
					new CostTotals(v.costs().oneOff(), v.costs().recurringPerYear(), v.costs().costOfOwnership(3)),
					n.risks(), n.resources(), n.requires(), n.excludes(), n.scores(), ScoreResource.of(v.score()),
					v.decisionsAllowed(), n.projectId());
		}

	}

	record RankedNote(int rank, long id, String title, NoteStatus status, Urgency urgency,
			Classification classification, ScoreResource score) {

		static RankedNote of(WeightedScoring.Ranked<NoteView> r) {
			ConceptNote n = r.item().note();
			return new RankedNote(r.rank(), n.id(), n.title(), n.status(), n.urgency(), n.classification(),
					ScoreResource.of(r.score()));
		}

	}

	record CriterionResource(long id, long version, String code, String name, boolean standard, BigDecimal weight,
			int scaleMin, int scaleMax, boolean lowerIsBetter, boolean active) {

		static CriterionResource of(ScoringCriterion c) {
			return new CriterionResource(c.id(), c.version(), c.code(), c.name(), c.standard(), c.weight(),
					c.scaleMin(), c.scaleMax(), c.lowerIsBetter(), c.active());
		}

	}

}
