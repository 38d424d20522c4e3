package org.agilepmo.architecture.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GateEvidenceSource;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The architecture review board's reviews: requested by whoever may change a project (at
 * the gate into the project's next stage) or a concept note, decided by the reviewers,
 * each condition of an approval followed as an action of its owner. An approval (with or
 * without conditions) satisfies the gate item its kind answers.
 */
@Service
public class ReviewService implements GateEvidenceSource {

	static final String ENTITY = "architecture-review";

	static final String CONDITION = "review-condition";

	private final Reviews reviews;

	private final Conditions conditions;

	private final CatalogueEntries catalogue;

	private final ArchitectureAccess access;

	private final ObjectDirectories directories;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ArchitectureClock clock;

	ReviewService(Reviews reviews, Conditions conditions, CatalogueEntries catalogue, ArchitectureAccess access,
			ObjectDirectories directories, AuditTrail audit, ApplicationEventPublisher events,
			ArchitectureClock clock) {
		this.reviews = reviews;
		this.conditions = conditions;
		this.catalogue = catalogue;
		this.access = access;
		this.directories = directories;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What a request names: the kind, a title, a summary, the standards and reviewers.
	 */
	public record ReviewRequest(ReviewKind kind, String title, String summary, Set<Long> standards,
			Set<Long> reviewers) {
	}

	/** A condition of an approval as the board states it. */
	public record ConditionDraft(String description, Long ownerId, LocalDate dueOn) {
	}

	// ---- requesting

	/** A project asks the board for a review at the gate into its next stage. */
	@Transactional
	public ArchitectureReview requestForProject(Actor actor, long projectId, ReviewRequest request) {
		ProjectSummary project = this.access.editableProject(actor, projectId);
		Stage entering = entering(project.stage());
		if (entering == null) {
			throw new RuleViolationException("projectId", "architecture.error.noGate",
					"the project has no gate ahead of it");
		}
		return save(actor,
				new ArchitectureReview(projectId, null, entering, request.kind(), request.title(), request.summary(),
						standards(request.standards()), reviewers(request.reviewers()), actor.id(), this.clock.now()),
				project.classification());
	}

	/** A concept note asks the board for a review before it becomes a project. */
	@Transactional
	public ArchitectureReview requestForNote(Actor actor, long noteId, ReviewRequest request) {
		ObjectRef note = new ObjectRef(ArchitectureAccess.CONCEPT_NOTE, noteId);
		var card = this.directories.findVisible(note, actor)
			.orElseThrow(() -> new NotFoundException(ArchitectureAccess.CONCEPT_NOTE, noteId));
		if (!this.directories.of(ArchitectureAccess.CONCEPT_NOTE).map(d -> d.mayAttach(note, actor)).orElse(false)) {
			throw new AccessDeniedException("may not change concept note " + noteId);
		}
		return save(actor,
				new ArchitectureReview(null, noteId, null, request.kind(), request.title(), request.summary(),
						standards(request.standards()), reviewers(request.reviewers()), actor.id(), this.clock.now()),
				card.classification());
	}

	private ArchitectureReview save(Actor actor, ArchitectureReview review, Classification classification) {
		ArchitectureReview saved = this.reviews.saveAndFlush(review);
		this.audit.record(AuditRecord.created(ENTITY, saved.id(), classification, saved.state()));
		for (Long reviewer : saved.reviewers()) {
			if (reviewer != actor.id()) {
				this.events
					.publishEvent(new Attention(reviewer, new ObjectRef(ENTITY, saved.id()), "assignment", actor.id()));
			}
		}
		return saved;
	}

	private Set<Long> standards(Set<Long> ids) {
		Set<Long> found = ids == null ? Set.of() : ids;
		for (Long id : found) {
			if (id == null || !this.catalogue.existsById(id)) {
				throw new RuleViolationException("standards", "architecture.error.unknownEntry",
						"is not in the catalogue");
			}
		}
		return found;
	}

	private Set<Long> reviewers(Set<Long> ids) {
		Set<Long> found = ids == null ? Set.of() : ids;
		Set<Long> board = new java.util.HashSet<>();
		this.access.boardMembers().forEach(p -> board.add(p.id()));
		for (Long id : found) {
			if (!board.contains(id)) {
				throw new RuleViolationException("reviewers", "architecture.error.notBoard",
						"reviewers sit on the architecture board");
			}
		}
		return found;
	}

	// ---- reading

	@Transactional(readOnly = true)
	public ArchitectureReview get(Actor actor, long id) {
		ArchitectureReview r = this.reviews.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (this.access.subject(actor, r).isEmpty()) {
			throw new NotFoundException(ENTITY, id);
		}
		return r;
	}

	@Transactional(readOnly = true)
	public Classification classificationOf(Actor actor, ArchitectureReview r) {
		return this.access.subject(actor, r).orElseThrow(() -> new NotFoundException(ENTITY, r.id()));
	}

	@Transactional(readOnly = true)
	public List<ArchitectureReview> ofProject(Actor actor, long projectId) {
		this.access.requireProject(actor, projectId);
		return this.reviews.findByProjectIdOrderByRequestedAtDescIdDesc(projectId);
	}

	/** Every review the person may see, newest first: the board's queue. */
	@Transactional(readOnly = true)
	public List<ArchitectureReview> visible(Actor actor) {
		return this.reviews.findAllByOrderByRequestedAtDescIdDesc()
			.stream()
			.filter(r -> this.access.subject(actor, r).isPresent())
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ReviewCondition> conditionsOf(Actor actor, long reviewId) {
		get(actor, reviewId);
		return this.conditions.findByReviewIdOrderByDueOnAscIdAsc(reviewId);
	}

	@Transactional(readOnly = true)
	public ReviewCondition condition(Actor actor, long id) {
		ReviewCondition c = this.conditions.findById(id).orElseThrow(() -> new NotFoundException(CONDITION, id));
		get(actor, c.reviewId());
		return c;
	}

	// ---- the board

	/** The board says which standards of the checklist the solution meets. */
	@Transactional
	public ArchitectureReview assess(Actor actor, long id, long expectedVersion, Map<Long, Boolean> met) {
		ArchitectureReview r = decider(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, r.version());
		var before = r.state();
		r.assess(met);
		r = this.reviews.saveAndFlush(r);
		this.audit.record(AuditRecord.updated(ENTITY, id, this.access.subject(actor, r).orElseThrow(), before,
				Map.of("checklist", met)));
		return r;
	}

	/**
	 * A reviewer decides; approving with conditions names each condition's owner (who
	 * sees the subject) and due day, and each becomes an action of its owner.
	 */
	@Transactional
	public ArchitectureReview decide(Actor actor, long id, long expectedVersion, ReviewDecision decision, String note,
			List<ConditionDraft> drafts) {
		ArchitectureReview r = decider(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, r.version());
		Classification classification = this.access.subject(actor, r).orElseThrow();
		List<ConditionDraft> given = drafts == null ? List.of()
				: drafts.stream()
					.filter(d -> d != null && (d.description() != null && !d.description().isBlank()))
					.toList();
		List<PersonSummary> owners = new ArrayList<>();
		for (ConditionDraft d : given) {
			owners.add(this.access.conditionOwner("conditions", d.ownerId(), r));
			if (d.dueOn() == null || d.dueOn().isBefore(this.clock.today())) {
				throw new RuleViolationException("conditions", "architecture.error.duePast",
						"each condition needs a due day from today on");
			}
		}
		var before = r.state();
		r.decide(decision, note, given.size(), actor.id(), this.clock.now());
		r = this.reviews.saveAndFlush(r);
		this.audit.record(new AuditRecord(ENTITY + ".decided", ENTITY, String.valueOf(id), classification, null, before,
				r.state()));
		for (int i = 0; i < given.size(); i++) {
			ConditionDraft d = given.get(i);
			ReviewCondition c = this.conditions
				.saveAndFlush(new ReviewCondition(r.id(), d.description(), owners.get(i).id(), d.dueOn()));
			this.audit.record(AuditRecord.created(CONDITION, c.id(), classification, c.state()));
			if (c.ownerId() != actor.id()) {
				this.events.publishEvent(
						new Attention(c.ownerId(), new ObjectRef(CONDITION, c.id()), "assignment", actor.id()));
			}
		}
		return r;
	}

	/** The owner, whoever may change the project, or the board marks a condition met. */
	@Transactional
	public ReviewCondition conditionDone(Actor actor, long id, long expectedVersion) {
		ReviewCondition c = condition(actor, id);
		ArchitectureReview r = this.reviews.findById(c.reviewId()).orElseThrow();
		boolean keeper = r.projectId() != null && this.access.mayEditProject(actor, r.projectId());
		if (c.ownerId() != actor.id() && !keeper && !this.access.isBoard(actor)) {
			throw new AccessDeniedException("may not close condition " + id);
		}
		Versioned.check(CONDITION, id, expectedVersion, c.version());
		var before = c.state();
		c.done(actor.id(), this.clock.now());
		c = this.conditions.saveAndFlush(c);
		this.audit
			.record(AuditRecord.updated(CONDITION, id, this.access.subject(actor, r).orElseThrow(), before, c.state()));
		return c;
	}

	private ArchitectureReview decider(Actor actor, long id) {
		ArchitectureReview r = get(actor, id);
		if (!this.access.mayDecide(actor, r)) {
			throw new AccessDeniedException("only the review's reviewers decide");
		}
		return r;
	}

	public boolean mayDecide(Actor actor, ArchitectureReview r) {
		return r.isOpen() && this.access.mayDecide(actor, r);
	}

	public boolean isOverdue(ReviewCondition c) {
		return c.isOverdue(this.clock.today());
	}

	// ---- the gate

	/** The stage a project in this stage enters through its next gate, or null. */
	static Stage entering(Stage stage) {
		if (stage == null || !stage.isActive() || stage == Stage.GO_LIVE) {
			return null;
		}
		return Stage.values()[stage.ordinal() + 1];
	}

	@Override
	public Set<String> itemCodes() {
		Set<String> codes = new java.util.HashSet<>();
		for (ReviewKind k : ReviewKind.values()) {
			codes.add(k.gateItem());
		}
		return codes;
	}

	/** Asked by governance while it checks a gate; only reads. */
	@Override
	@Transactional(readOnly = true)
	public boolean satisfies(long projectId, String stage, String itemCode) {
		Stage into = entering(Stage.valueOf(stage));
		return into != null && this.reviews.findByProjectIdOrderByRequestedAtDescIdDesc(projectId)
			.stream()
			.anyMatch(r -> r.satisfies(itemCode, into));
	}

}
