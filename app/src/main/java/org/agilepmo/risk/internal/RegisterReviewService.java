package org.agilepmo.risk.internal;

import java.util.List;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GateEvidenceSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of a project's register, and the register as the evidence of the gate item
 * {@value #GATE_ITEM}: satisfied when the register was reviewed in the project's current
 * stage and no open high (or extreme) threat is without a response.
 */
@Service
public class RegisterReviewService implements GateEvidenceSource {

	static final String ENTITY = "risk-review";

	/** The gate item the register answers. */
	static final String GATE_ITEM = "RISK_REGISTER";

	private final RegisterReviews reviews;

	private final Risks risks;

	private final RegisterAccess access;

	private final AuditTrail audit;

	private final Overdue clock;

	RegisterReviewService(RegisterReviews reviews, Risks risks, RegisterAccess access, AuditTrail audit,
			Overdue clock) {
		this.reviews = reviews;
		this.risks = risks;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records that whoever keeps the register reviewed it, in the project's stage. */
	@Transactional
	public RegisterReview review(Actor actor, long projectId, String note) {
		ProjectSummary project = this.access.editable(actor, projectId);
		RegisterReview review = this.reviews
			.saveAndFlush(new RegisterReview(projectId, project.stage(), this.clock.now(), actor.id(), note));
		this.audit.record(AuditRecord.created(ENTITY, review.id(), project.classification(), "project " + projectId
				+ " reviewed in " + project.stage() + (review.note() == null ? "" : ": " + review.note())));
		return review;
	}

	@Transactional(readOnly = true)
	public List<RegisterReview> reviews(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.reviews.findByProjectIdOrderByReviewedAtDescIdDesc(projectId);
	}

	/** Whether the register, as the reader sees it, would satisfy the gate item now. */
	@Transactional(readOnly = true)
	public Readiness readiness(Actor actor, long projectId) {
		ProjectSummary project = this.access.visible(actor, projectId);
		return readiness(projectId, project.stage());
	}

	private Readiness readiness(long projectId, Stage stage) {
		boolean reviewed = this.reviews.existsByProjectIdAndStage(projectId, stage);
		long unanswered = this.risks.findByProjectIdOrderByIdAsc(projectId)
			.stream()
			.filter(Risk::isUnansweredHigh)
			.count();
		return new Readiness(reviewed, unanswered);
	}

	@Override
	public Set<String> itemCodes() {
		return Set.of(GATE_ITEM);
	}

	/** Asked by governance while it checks a stage change; only reads. */
	@Override
	@Transactional(readOnly = true)
	public boolean satisfies(long projectId, String stage, String itemCode) {
		return GATE_ITEM.equals(itemCode) && readiness(projectId, Stage.valueOf(stage)).satisfied();
	}

	/**
	 * The register's state for the gate: reviewed in this stage, high threats unanswered.
	 */
	public record Readiness(boolean reviewedInStage, long unansweredHighRisks) {

		public boolean satisfied() {
			return this.reviewedInStage && this.unansweredHighRisks == 0;
		}

	}

}
