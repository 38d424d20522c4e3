package org.agilepmo.intake.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.CarriedEstimate;
import org.agilepmo.intake.IntakeEstimates;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A concept note from submission to an approved project: who sees it, who may assess and
 * decide, the flow's refusals, and what approval carries over.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import({ IdentityFixtures.class, PortfolioFixtures.class })
class ConceptNoteFlowTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ConceptNoteService notes;

	@Autowired
	ScoringModel model;

	@Autowired
	ProjectCatalogue catalogue;

	@Autowired
	IntakeEstimates estimates;

	@Autowired
	AuditTrail audit;

	PortfolioScene scene;

	Actor pmo;

	Actor submitter;

	PersonSummary assessorPerson;

	Actor assessor;

	Actor stranger;

	long portfolioId;

	@BeforeEach
	void scene() {
		this.scene = this.portfolioFixtures.scene();
		this.pmo = PortfolioScene.actor(this.scene.officer());
		this.submitter = PortfolioScene.actor(this.identity.person("submitter", ScreeningLevel.BASIC));
		this.assessorPerson = this.identity.person("itpm", ScreeningLevel.ENHANCED);
		this.assessor = PortfolioScene.actor(this.assessorPerson);
		this.stranger = PortfolioScene.actor(this.identity.person("stranger", ScreeningLevel.ENHANCED));
		this.portfolioId = this.scene.portfolio().id();
	}

	@Test
	void anApprovedNoteBecomesAProjectCarryingItsEstimatesAndRisks() {
		NoteView note = this.notes.submit(this.submitter, IntakeScene.note("Online visas", Classification.RESTRICTED));
		note = this.notes.addAssessor(this.pmo, note.id(), note.version(), this.assessorPerson.id());
		note = this.notes.decide(this.assessor, note.id(), note.version(), NoteStatus.IN_ASSESSMENT, "Worth a look",
				null, null);
		note = this.notes.assess(this.assessor, note.id(), note.version(), IntakeScene.assessment());
		Map<Long, Integer> best = new HashMap<>();
		this.model.active().forEach((id, c) -> best.put(id, c.lowerIsBetter() ? c.scaleMin() : c.scaleMax()));
		note = this.notes.score(this.assessor, note.id(), note.version(), best);
		assertThat(note.score().value()).isEqualByComparingTo("100.0");
		assertThat(note.score().complete()).isTrue();
		note = this.notes.decide(this.assessor, note.id(), note.version(), NoteStatus.RECOMMENDED, "Strong case", null,
				null);
		String code = PortfolioScene.code("V");
		note = this.notes.decide(this.pmo, note.id(), note.version(), NoteStatus.APPROVED, "Board agreed",
				"Reuse the forms platform", IntakeScene.terms(code, this.portfolioId));

		Long projectId = note.note().projectId();
		assertThat(projectId).isNotNull();
		ProjectSummary project = this.catalogue.findVisible(projectId, this.pmo).orElseThrow();
		assertThat(project.code()).isEqualTo(code);
		assertThat(project.stage()).isEqualTo(Stage.CONCEPT);
		assertThat(project.classification()).isEqualTo(Classification.RESTRICTED);
		CarriedEstimate carried = this.estimates.forProjects(List.of(projectId)).get(projectId);
		assertThat(carried.oneOffCost()).isEqualByComparingTo("180000");
		assertThat(carried.recurringCostPerYear()).isEqualByComparingTo("24000");
		assertThat(carried.effortDays()).isEqualByComparingTo("55");
		assertThat(carried.initialRisks()).isEqualTo(1);
		assertThat(note.note().decisions()).extracting(NoteDecision::to)
			.containsExactly(NoteStatus.IN_ASSESSMENT, NoteStatus.RECOMMENDED, NoteStatus.APPROVED);
		assertThat(note.note().decisions().get(2).conditions()).isEqualTo("Reuse the forms platform");
		assertThat(this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("concept-note", String.valueOf(note.id()), null, 0, 50)))
			.extracting(e -> e.action())
			.contains("concept-note.created", "concept-note.assessed", "concept-note.scored", "concept-note.decided");
	}

	@Test
	void onlyTheSubmitterThePmoAndAssessorsWithEnoughScreeningSeeANote() {
		NoteView note = this.notes.submit(this.submitter, IntakeScene.note("Hidden", Classification.RESTRICTED));
		assertThat(this.notes.get(this.submitter, note.id())).isNotNull();
		assertThat(this.notes.get(this.pmo, note.id())).isNotNull();
		assertThatThrownBy(() -> this.notes.get(this.stranger, note.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.notes.ranking(this.stranger)).noneMatch(r -> r.item().id() == note.id());
		Actor lowPmo = PortfolioScene
			.actor(this.identity.person("lowpmo", ScreeningLevel.NONE, GlobalRole.PMO_OFFICER));
		assertThatThrownBy(() -> this.notes.get(lowPmo, note.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.notes.ranking(lowPmo)).noneMatch(r -> r.item().id() == note.id());
		assertThat(this.notes.compare(lowPmo, List.of(note.id()))).isEmpty();
	}

	@Test
	void aSubmitterMayNotClassifyAboveTheirScreening() {
		assertThatThrownBy(
				() -> this.notes.submit(this.submitter, IntakeScene.note("Too secret", Classification.CONFIDENTIAL)))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("classification");
	}

	@Test
	void approvalNeedsARecommendationAndThePmo() {
		NoteView note = this.notes.submit(this.submitter, IntakeScene.note("Shortcut", Classification.PUBLIC));
		long id = note.id();
		long version = note.version();
		assertThatThrownBy(() -> this.notes.decide(this.pmo, id, version, NoteStatus.APPROVED, "Skip", null,
				IntakeScene.terms(PortfolioScene.code("S"), this.portfolioId)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("may not move to APPROVED");
		NoteView withAssessor = this.notes.addAssessor(this.pmo, id, version, this.assessorPerson.id());
		assertThatThrownBy(() -> this.notes.decide(this.assessor, id, withAssessor.version(), NoteStatus.REJECTED, "No",
				null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.notes.decide(this.submitter, id, withAssessor.version(), NoteStatus.IN_ASSESSMENT,
				"Me", null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.notes.get(this.pmo, id).note().status()).isEqualTo(NoteStatus.SUBMITTED);
	}

	@Test
	void aDecisionNeedsAReasonAndAStaleVersionChangesNothing() {
		NoteView note = this.notes.submit(this.submitter, IntakeScene.note("Reasons", Classification.PUBLIC));
		assertThatThrownBy(
				() -> this.notes.decide(this.pmo, note.id(), note.version(), NoteStatus.DEFERRED, " ", null, null))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("reason");
		this.notes.decide(this.pmo, note.id(), note.version(), NoteStatus.DEFERRED, "Next year", null, null);
		assertThatThrownBy(
				() -> this.notes.decide(this.pmo, note.id(), note.version(), NoteStatus.REJECTED, "Twice", null, null))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.notes.get(this.pmo, note.id()).note().status()).isEqualTo(NoteStatus.DEFERRED);
	}

	@Test
	void aFailedApprovalWritesNeitherTheDecisionNorAProject() {
		NoteView note = this.notes.submit(this.submitter, IntakeScene.note("Bad code", Classification.PUBLIC));
		note = this.notes.decide(this.pmo, note.id(), note.version(), NoteStatus.IN_ASSESSMENT, "Go", null, null);
		NoteView recommended = this.notes.decide(this.pmo, note.id(), note.version(), NoteStatus.RECOMMENDED, "Go",
				null, null);
		assertThatThrownBy(() -> this.notes.decide(this.pmo, recommended.id(), recommended.version(),
				NoteStatus.APPROVED, "Go", null, IntakeScene.terms("bad code!", this.portfolioId)))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("code");
		NoteView after = this.notes.get(this.pmo, recommended.id());
		assertThat(after.note().status()).isEqualTo(NoteStatus.RECOMMENDED);
		assertThat(after.note().projectId()).isNull();
		assertThat(after.note().decisions()).hasSize(2);
	}

	@Test
	void aScoreOutsideItsScaleIsRefusedNamingTheField() {
		NoteView note = this.notes.submit(this.submitter, IntakeScene.note("Scale", Classification.PUBLIC));
		long criterion = this.model.active().keySet().iterator().next();
		assertThatThrownBy(() -> this.notes.score(this.pmo, note.id(), note.version(), Map.of(criterion, 99)))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).field())
			.isEqualTo("scores");
	}

}
