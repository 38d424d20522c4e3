package org.agilepmo.intake.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.intake.internal.ConceptNoteService;
import org.agilepmo.intake.internal.NoteView;
import org.agilepmo.intake.internal.ScoringCriterion;
import org.agilepmo.intake.internal.ScoringModel;
import org.agilepmo.intake.web.IntakeResources.AssessmentRequest;
import org.agilepmo.intake.web.IntakeResources.CriterionRequest;
import org.agilepmo.intake.web.IntakeResources.CriterionResource;
import org.agilepmo.intake.web.IntakeResources.DecisionRequest;
import org.agilepmo.intake.web.IntakeResources.DecisionResource;
import org.agilepmo.intake.web.IntakeResources.NoteRequest;
import org.agilepmo.intake.web.IntakeResources.NoteResource;
import org.agilepmo.intake.web.IntakeResources.RankedNote;
import org.agilepmo.intake.web.IntakeResources.ScoresRequest;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Concept notes, their assessment, scores and decisions, and the scoring model over HTTP.
 * A note the caller may not see answers 404; changes need the note's ETag in If-Match
 * (428 without, 412 when stale).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Demand intake", description = "Concept notes, assessment, weighted scoring and decisions")
class IntakeApiController {

	private final ConceptNoteService notes;

	private final ScoringModel model;

	IntakeApiController(ConceptNoteService notes, ScoringModel model) {
		this.notes = notes;
		this.model = model;
	}

	@GetMapping("/concept-notes")
	@Operation(summary = "The concept notes the caller may see, ranked by weighted score")
	List<RankedNote> ranking() {
		return this.notes.ranking(CurrentActor.require()).stream().map(RankedNote::of).toList();
	}

	@PostMapping("/concept-notes")
	@Operation(summary = "Submit a concept note", description = "Any member. Answers 201 with Location and ETag.")
	ResponseEntity<NoteResource> submit(@RequestBody NoteRequest request) {
		NoteView created = this.notes.submit(CurrentActor.require(), request.toDraft());
		return ETags.created("/api/v1/concept-notes/" + created.id(), NoteResource.of(created), created.version());
	}

	@GetMapping("/concept-notes/compare")
	@Operation(summary = "Several notes side by side", description = "Notes the caller may not see are left out.")
	List<NoteResource> compare(@RequestParam List<Long> ids) {
		return this.notes.compare(CurrentActor.require(), ids).stream().map(NoteResource::of).toList();
	}

	@GetMapping("/concept-notes/{id}")
	@Operation(summary = "One concept note", description = "404 when it does not exist or the caller may not see it.")
	ResponseEntity<NoteResource> get(@PathVariable long id) {
		return ETags.ok(this.notes.get(CurrentActor.require(), id), NoteView::version, NoteResource::of);
	}

	@PutMapping("/concept-notes/{id}")
	@Operation(summary = "Revise a submitted note", description = "The submitter or the PMO, while it is submitted.")
	ResponseEntity<NoteResource> revise(@PathVariable long id, @RequestBody NoteRequest request,
			@IfMatch long version) {
		return ETags.ok(this.notes.revise(CurrentActor.require(), id, version, request.toDraft()), NoteView::version,
				NoteResource::of);
	}

	@PutMapping("/concept-notes/{id}/assessors/{personId}")
	@Operation(summary = "Name a person as assessor of the note", description = "PMO only. Needs If-Match.")
	ResponseEntity<NoteResource> addAssessor(@PathVariable long id, @PathVariable long personId,
			@IfMatch long version) {
		return ETags.ok(this.notes.addAssessor(CurrentActor.require(), id, version, personId), NoteView::version,
				NoteResource::of);
	}

	@PutMapping("/concept-notes/{id}/assessment")
	@Operation(summary = "Record the assessment", description = "The PMO and the note's assessors. Needs If-Match.")
	ResponseEntity<NoteResource> assess(@PathVariable long id, @RequestBody AssessmentRequest request,
			@IfMatch long version) {
		return ETags.ok(this.notes.assess(CurrentActor.require(), id, version, request.toDraft()), NoteView::version,
				NoteResource::of);
	}

	@PutMapping("/concept-notes/{id}/scores")
	@Operation(summary = "Replace the note's scores",
			description = "scores maps criterion id to a value on its scale. Needs If-Match.")
	ResponseEntity<NoteResource> score(@PathVariable long id, @RequestBody ScoresRequest request,
			@IfMatch long version) {
		Map<Long, Integer> scores = request.scores() == null ? Map.of() : request.scores();
		return ETags.ok(this.notes.score(CurrentActor.require(), id, version, scores), NoteView::version,
				NoteResource::of);
	}

	@PostMapping("/concept-notes/{id}/decisions")
	@Operation(summary = "Decide on the note",
			description = "Moves it to status with a reason (and conditions); APPROVED needs project "
					+ "{code, portfolioId, ...} and creates that project. Needs If-Match.")
	ResponseEntity<NoteResource> decide(@PathVariable long id, @RequestBody DecisionRequest request,
			@IfMatch long version) {
		if (request == null) {
			throw new RuleViolationException("status", "intake.error.required", "status is required");
		}
		return ETags.ok(this.notes.decide(CurrentActor.require(), id, version, request.status(), request.reason(),
				request.conditions(), request.terms()), NoteView::version, NoteResource::of);
	}

	@GetMapping("/concept-notes/{id}/decisions")
	@Operation(summary = "The note's decisions, oldest first")
	List<DecisionResource> decisions(@PathVariable long id) {
		return this.notes.get(CurrentActor.require(), id)
			.note()
			.decisions()
			.stream()
			.map(DecisionResource::of)
			.toList();
	}

	@GetMapping("/scoring-model")
	@Operation(summary = "The scoring model's criteria, active and retired")
	List<CriterionResource> criteria() {
		return this.model.criteria().stream().map(CriterionResource::of).toList();
	}

	@PostMapping("/scoring-model/criteria")
	@Operation(summary = "Add a criterion", description = "PMO only.")
	ResponseEntity<CriterionResource> addCriterion(@RequestBody CriterionRequest request) {
		ScoringCriterion c = this.model.add(CurrentActor.require(), request.code(), request.toDraft());
		return ETags.created("/api/v1/scoring-model/criteria/" + c.id(), CriterionResource.of(c), c.version());
	}

	@PutMapping("/scoring-model/criteria/{criterionId}")
	@Operation(summary = "Change a criterion's weight, scale or state",
			description = "PMO only. Needs If-Match with the criterion's version.")
	ResponseEntity<CriterionResource> reviseCriterion(@PathVariable long criterionId,
			@RequestBody CriterionRequest request, @IfMatch long version) {
		ScoringCriterion c = this.model.revise(CurrentActor.require(), criterionId, version, request.toDraft());
		return ETags.ok(CriterionResource.of(c), c.version());
	}

}
