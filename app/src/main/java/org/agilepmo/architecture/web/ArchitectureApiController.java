package org.agilepmo.architecture.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agilepmo.architecture.internal.Application;
import org.agilepmo.architecture.internal.ApplicationDraft;
import org.agilepmo.architecture.internal.ApplicationKind;
import org.agilepmo.architecture.internal.ApplicationService;
import org.agilepmo.architecture.internal.ArchitectureReview;
import org.agilepmo.architecture.internal.CatalogueEntry;
import org.agilepmo.architecture.internal.CatalogueService;
import org.agilepmo.architecture.internal.Dependency;
import org.agilepmo.architecture.internal.EntryDraft;
import org.agilepmo.architecture.internal.EntryKind;
import org.agilepmo.architecture.internal.Hosting;
import org.agilepmo.architecture.internal.Lifecycle;
import org.agilepmo.architecture.internal.Quadrant;
import org.agilepmo.architecture.internal.ReviewCondition;
import org.agilepmo.architecture.internal.ReviewDecision;
import org.agilepmo.architecture.internal.ReviewKind;
import org.agilepmo.architecture.internal.ReviewService;
import org.agilepmo.architecture.internal.Ring;
import org.agilepmo.architecture.internal.TechnologyUse;
import org.agilepmo.architecture.internal.TechnologyUseService;
import org.agilepmo.architecture.web.ArchitectureResources.ApplicationResource;
import org.agilepmo.architecture.web.ArchitectureResources.ConditionResource;
import org.agilepmo.architecture.web.ArchitectureResources.DependencyResource;
import org.agilepmo.architecture.web.ArchitectureResources.EntryResource;
import org.agilepmo.architecture.web.ArchitectureResources.GraphResource;
import org.agilepmo.architecture.web.ArchitectureResources.ReviewResource;
import org.agilepmo.architecture.web.ArchitectureResources.UseResource;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Architecture governance over HTTP: the catalogue (everyone reads, the board keeps it),
 * the application portfolio and its graph (what the reader's screening allows), the
 * ArchiMate import (the board), a project's reviews and technologies, the board's
 * decisions and the conditions' closing.
 */
@RestController
@Tag(name = "Architecture", description = "Review board, standards and radar, application portfolio")
class ArchitectureApiController {

	private final CatalogueService catalogue;

	private final ApplicationService applications;

	private final ReviewService reviews;

	private final TechnologyUseService uses;

	ArchitectureApiController(CatalogueService catalogue, ApplicationService applications, ReviewService reviews,
			TechnologyUseService uses) {
		this.catalogue = catalogue;
		this.applications = applications;
		this.reviews = reviews;
		this.uses = uses;
	}

	// ---- catalogue

	@GetMapping("/api/v1/architecture/catalogue")
	@Operation(summary = "The catalogue of standards, patterns and technologies, with their radar ring")
	List<EntryResource> catalogue() {
		CurrentActor.require();
		return this.catalogue.list().stream().map(EntryResource::of).toList();
	}

	record NewEntry(String name, EntryKind kind, Ring ring, Quadrant quadrant, Long ownerId, LocalDate reviewOn,
			LocalDate supportEndsOn, String description) {
	}

	@PostMapping("/api/v1/architecture/catalogue")
	@Operation(summary = "Add an entry to the catalogue (the architecture board)")
	ResponseEntity<EntryResource> addEntry(@RequestBody NewEntry r) {
		CatalogueEntry e = this.catalogue.create(CurrentActor.require(), new EntryDraft(r.name(), r.kind(), r.ring(),
				r.quadrant(), r.ownerId(), r.reviewOn(), r.supportEndsOn(), r.description()));
		return ETags.created("/api/v1/architecture/catalogue/" + e.id(), EntryResource.of(e), e.version());
	}

	@GetMapping("/api/v1/architecture/catalogue/{id}")
	@Operation(summary = "One catalogue entry")
	ResponseEntity<EntryResource> entry(@PathVariable long id) {
		CurrentActor.require();
		return ETags.ok(this.catalogue.get(id), CatalogueEntry::version, EntryResource::of);
	}

	@PatchMapping("/api/v1/architecture/catalogue/{id}")
	@Operation(summary = "Change a catalogue entry, its ring say (the architecture board)",
			description = "Needs If-Match.")
	ResponseEntity<EntryResource> editEntry(@PathVariable long id, @RequestBody EntryPatch patch,
			@IfMatch long version) {
		CatalogueEntry e = this.catalogue.edit(CurrentActor.require(), id, version, patch);
		return ETags.ok(EntryResource.of(e), e.version());
	}

	// ---- applications

	@GetMapping("/api/v1/architecture/applications")
	@Operation(summary = "The applications the reader's screening clears, by name")
	List<ApplicationResource> applications() {
		return this.applications.visible(CurrentActor.require()).stream().map(ApplicationResource::of).toList();
	}

	record NewApplication(String code, String name, ApplicationKind kind, Long ownerId, String capability,
			Hosting hosting, Classification classification, String debtRating, String description,
			Set<Long> technologies, Set<Long> projects, Lifecycle lifecycle, LocalDate since) {
	}

	@PostMapping("/api/v1/architecture/applications")
	@Operation(summary = "Add an application or shared component (the architecture board)")
	ResponseEntity<ApplicationResource> addApplication(@RequestBody NewApplication r) {
		Application a = this.applications.create(CurrentActor.require(),
				new ApplicationDraft(r.code(), r.name(), r.kind(), r.ownerId(), r.capability(), r.hosting(),
						r.classification(), r.debtRating(), r.description(), r.technologies(), r.projects()),
				r.lifecycle(), r.since());
		return ETags.created("/api/v1/architecture/applications/" + a.id(), ApplicationResource.of(a), a.version());
	}

	@GetMapping("/api/v1/architecture/applications/{id}")
	@Operation(summary = "One application")
	ResponseEntity<ApplicationResource> application(@PathVariable long id) {
		return ETags.ok(this.applications.get(CurrentActor.require(), id), Application::version,
				ApplicationResource::of);
	}

	@PatchMapping("/api/v1/architecture/applications/{id}")
	@Operation(summary = "Change an application (the board or its owner)", description = "Needs If-Match.")
	ResponseEntity<ApplicationResource> editApplication(@PathVariable long id, @RequestBody ApplicationPatch patch,
			@IfMatch long version) {
		Application a = this.applications.edit(CurrentActor.require(), id, version, patch);
		return ETags.ok(ApplicationResource.of(a), a.version());
	}

	record LifecycleRequest(Lifecycle lifecycle, LocalDate effectiveOn) {
	}

	@PostMapping("/api/v1/architecture/applications/{id}/lifecycle")
	@Operation(summary = "Move an application one allowed step along its lifecycle",
			description = "Plan → build → run → phase out → retired; a plan or build may be retired, a phase-out "
					+ "called off. Needs If-Match.")
	ResponseEntity<ApplicationResource> move(@PathVariable long id, @RequestBody LifecycleRequest r,
			@IfMatch long version) {
		Application a = this.applications.move(CurrentActor.require(), id, version, r.lifecycle(), r.effectiveOn());
		return ETags.ok(ApplicationResource.of(a), a.version());
	}

	@GetMapping("/api/v1/architecture/applications/{id}/dependencies")
	@Operation(summary = "An application's dependencies both ways, on applications the reader sees")
	List<DependencyResource> dependencies(@PathVariable long id) {
		return this.applications.dependenciesOf(CurrentActor.require(), id)
			.stream()
			.map(DependencyResource::of)
			.toList();
	}

	record DependencyRequest(Long toId, String kind) {
	}

	@PostMapping("/api/v1/architecture/applications/{id}/dependencies")
	@Operation(summary = "Record that the application depends on another", description = "Needs If-Match.")
	DependencyResource depend(@PathVariable long id, @RequestBody DependencyRequest r, @IfMatch long version) {
		if (r.toId() == null) {
			throw new RuleViolationException("toId", "architecture.error.required", "is required");
		}
		Dependency d = this.applications.depend(CurrentActor.require(), id, version, r.toId(), r.kind());
		return DependencyResource.of(d);
	}

	@GetMapping("/api/v1/architecture/graph")
	@Operation(summary = "The applications the reader sees and the dependencies between them")
	GraphResource graph() {
		return GraphResource.of(this.applications.graph(CurrentActor.require()));
	}

	@PostMapping("/api/v1/architecture/applications/import")
	@Operation(summary = "Import an ArchiMate exchange model's application components and their relations",
			description = "The board; new applications get the classification, hosting and lifecycle given. A "
					+ "refused model names the element at fault (identifier and name).")
	ApplicationService.ImportResult importModel(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "PUBLIC") Classification classification,
			@RequestParam(defaultValue = "ON_PREMISES") Hosting hosting,
			@RequestParam(defaultValue = "RUN") Lifecycle lifecycle) {
		return this.applications.importModel(CurrentActor.require(), file, classification, hosting, lifecycle);
	}

	// ---- reviews

	@GetMapping("/api/v1/projects/{id}/architecture-reviews")
	@Operation(summary = "A project's architecture reviews, newest first")
	List<ReviewResource> projectReviews(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		return this.reviews.ofProject(actor, id)
			.stream()
			.map(r -> ReviewResource.of(r, this.reviews.conditionsOf(actor, r.id())))
			.toList();
	}

	record ReviewRequestBody(ReviewKind kind, String title, String summary, Set<Long> standards, Set<Long> reviewers) {

		ReviewService.ReviewRequest request() {
			return new ReviewService.ReviewRequest(this.kind, this.title, this.summary, this.standards, this.reviewers);
		}

	}

	@PostMapping("/api/v1/projects/{id}/architecture-reviews")
	@Operation(summary = "Ask the board for a review at the gate into the project's next stage")
	ResponseEntity<ReviewResource> request(@PathVariable long id, @RequestBody ReviewRequestBody r) {
		ArchitectureReview review = this.reviews.requestForProject(CurrentActor.require(), id, r.request());
		return ETags.created("/api/v1/architecture-reviews/" + review.id(), ReviewResource.of(review, List.of()),
				review.version());
	}

	@PostMapping("/api/v1/concept-notes/{id}/architecture-reviews")
	@Operation(summary = "Ask the board for a review of a concept note")
	ResponseEntity<ReviewResource> requestForNote(@PathVariable long id, @RequestBody ReviewRequestBody r) {
		ArchitectureReview review = this.reviews.requestForNote(CurrentActor.require(), id, r.request());
		return ETags.created("/api/v1/architecture-reviews/" + review.id(), ReviewResource.of(review, List.of()),
				review.version());
	}

	@GetMapping("/api/v1/architecture-reviews")
	@Operation(summary = "Every review the reader may see, newest first")
	List<ReviewResource> allReviews() {
		Actor actor = CurrentActor.require();
		return this.reviews.visible(actor)
			.stream()
			.map(r -> ReviewResource.of(r, this.reviews.conditionsOf(actor, r.id())))
			.toList();
	}

	@GetMapping("/api/v1/architecture-reviews/{id}")
	@Operation(summary = "One review with its checklist and conditions")
	ResponseEntity<ReviewResource> review(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		ArchitectureReview r = this.reviews.get(actor, id);
		return ETags.ok(ReviewResource.of(r, this.reviews.conditionsOf(actor, id)), r.version());
	}

	record ChecklistRequest(Map<Long, Boolean> met) {
	}

	@PostMapping("/api/v1/architecture-reviews/{id}/checklist")
	@Operation(summary = "Say which standards of the checklist the solution meets (reviewers)",
			description = "Needs If-Match.")
	ResponseEntity<ReviewResource> assess(@PathVariable long id, @RequestBody ChecklistRequest r,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		ArchitectureReview review = this.reviews.assess(actor, id, version, r.met() == null ? Map.of() : r.met());
		return ETags.ok(ReviewResource.of(review, this.reviews.conditionsOf(actor, id)), review.version());
	}

	record DecisionRequest(ReviewDecision decision, String note, List<ReviewService.ConditionDraft> conditions) {
	}

	@PostMapping("/api/v1/architecture-reviews/{id}/decision")
	@Operation(summary = "Decide a review (its reviewers)",
			description = "Approved with conditions names each condition's owner and due day. Needs If-Match.")
	ResponseEntity<ReviewResource> decide(@PathVariable long id, @RequestBody DecisionRequest r,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		ArchitectureReview review = this.reviews.decide(actor, id, version, r.decision(), r.note(), r.conditions());
		return ETags.ok(ReviewResource.of(review, this.reviews.conditionsOf(actor, id)), review.version());
	}

	@PostMapping("/api/v1/review-conditions/{id}/done")
	@Operation(summary = "Mark a condition met (its owner, the project's keepers, the board)",
			description = "Needs If-Match.")
	ResponseEntity<ConditionResource> conditionDone(@PathVariable long id, @IfMatch long version) {
		ReviewCondition c = this.reviews.conditionDone(CurrentActor.require(), id, version);
		return ETags.ok(ConditionResource.of(c), c.version());
	}

	// ---- technologies used

	@GetMapping("/api/v1/projects/{id}/technologies")
	@Operation(summary = "The technologies a project declares, with their waivers and deviations")
	List<UseResource> technologies(@PathVariable long id) {
		return this.uses.views(CurrentActor.require(), id).stream().map(UseResource::of).toList();
	}

	record UseRequest(Long entryId, String name, String waiverReason, LocalDate waiverExpiresOn) {
	}

	@PostMapping("/api/v1/projects/{id}/technologies")
	@Operation(summary = "Declare a technology the project uses",
			description = "One on hold or not in the catalogue needs waiverReason and waiverExpiresOn.")
	ResponseEntity<UseResource> declare(@PathVariable long id, @RequestBody UseRequest r) {
		Actor actor = CurrentActor.require();
		TechnologyUse use = this.uses.declare(actor, id, r.entryId(), r.name(), r.waiverReason(), r.waiverExpiresOn());
		UseResource body = this.uses.views(actor, id)
			.stream()
			.filter(v -> v.use().id().equals(use.id()))
			.map(UseResource::of)
			.findFirst()
			.orElseThrow();
		return ETags.created("/api/v1/technology-uses/" + use.id(), body, use.version());
	}

	record WaiverRequest(String reason, LocalDate expiresOn) {
	}

	@PostMapping("/api/v1/technology-uses/{id}/waiver")
	@Operation(summary = "Renew or grant a use's waiver (the architecture board)", description = "Needs If-Match.")
	ResponseEntity<UseResource> waive(@PathVariable long id, @RequestBody WaiverRequest r, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		TechnologyUse use = this.uses.renewWaiver(actor, id, version, r.reason(), r.expiresOn());
		UseResource body = this.uses.views(actor, use.projectId())
			.stream()
			.filter(v -> v.use().id().equals(use.id()))
			.map(UseResource::of)
			.findFirst()
			.orElseThrow();
		return ETags.ok(body, use.version());
	}

}
