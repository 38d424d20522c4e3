package org.agilepmo.intake.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.ConceptNoteApproved;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake use cases: submitting and revising concept notes, naming assessors,
 * recording assessments and scores, ranking and comparing, and deciding, where approval
 * creates the project through the portfolio registry and keeps what it carried over. Each
 * write is checked against {@link NoteAccessPolicy} and audited in its transaction.
 */
@Service
public class ConceptNoteService {

	static final String ENTITY = "concept-note";

	private final ConceptNotes notes;

	private final ScoringModel model;

	private final CarriedEstimates carried;

	private final People people;

	private final PortfolioRegistry registry;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ConceptNoteService(ConceptNotes notes, ScoringModel model, CarriedEstimates carried, People people,
			PortfolioRegistry registry, AuditTrail audit, ApplicationEventPublisher events) {
		this.notes = notes;
		this.model = model;
		this.carried = carried;
		this.people = people;
		this.registry = registry;
		this.audit = audit;
		this.events = events;
	}

	// ---- reading

	/** The notes the person may see, best-ranked first, each with its score and rank. */
	@Transactional
	public List<WeightedScoring.Ranked<NoteView>> ranking(Actor actor) {
		Map<Long, WeightedScoring.Criterion> criteria = this.model.active();
		List<NoteView> views = new ArrayList<>();
		for (ConceptNote note : this.notes.findAll(visible(actor))) {
			views.add(view(actor, note, criteria));
		}
		views.sort(Comparator.comparing((NoteView v) -> v.note().submittedAt()));
		return WeightedScoring.rank(views, NoteView::score);
	}

	/**
	 * Several notes side by side, in the order asked; a note one may not see is absent.
	 */
	@Transactional
	public List<NoteView> compare(Actor actor, List<Long> ids) {
		Map<Long, WeightedScoring.Criterion> criteria = this.model.active();
		List<NoteView> views = new ArrayList<>();
		for (Long id : new java.util.LinkedHashSet<>(ids)) {
			this.notes.findById(id)
				.filter(n -> NoteAccessPolicy.maySee(actor, n))
				.ifPresent(n -> views.add(view(actor, n, criteria)));
		}
		return views;
	}

	@Transactional
	public NoteView get(Actor actor, long id) {
		return view(actor, visible(actor, id), this.model.active());
	}

	// ---- writing

	@Transactional
	public NoteView submit(Actor actor, NoteDraft draft) {
		checkReferences(actor, draft);
		ConceptNote note = this.notes.saveAndFlush(ConceptNote.submit(draft, actor));
		this.audit.record(AuditRecord.created(ENTITY, note.id(), note.classification(), note.snapshot()));
		return get(actor, note.id());
	}

	@Transactional
	public NoteView revise(Actor actor, long id, long expectedVersion, NoteDraft draft) {
		ConceptNote note = visible(actor, id);
		if (!NoteAccessPolicy.mayRevise(actor, note)) {
			if (note.status() != NoteStatus.SUBMITTED && note.submittedBy() == actor.id()) {
				throw new RuleViolationException("status", "intake.error.noLongerEditable",
						"a note may be revised only while it is submitted");
			}
			throw new AccessDeniedException("may not revise concept note " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, note.version());
		checkReferences(actor, draft);
		ConceptNote.Snapshot before = note.snapshot();
		note.revise(draft);
		return saved(actor, note, before, ENTITY + ".updated", null);
	}

	@Transactional
	public NoteView addAssessor(Actor actor, long id, long expectedVersion, long personId) {
		ConceptNote note = visible(actor, id);
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("only the PMO names assessors");
		}
		Versioned.check(ENTITY, id, expectedVersion, note.version());
		PersonSummary person = this.people.find(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "intake.error.unknownPerson",
					"there is no person " + personId));
		if (!person.screening().clears(note.classification())) {
			throw new RuleViolationException("personId", "intake.error.screeningTooLow",
					"this person's screening does not clear the note's classification");
		}
		ConceptNote.Snapshot before = note.snapshot();
		note.addAssessor(personId);
		NoteView saved = saved(actor, note, before, ENTITY + ".assessor-added", person.username());
		if (personId != actor.id()) {
			this.events.publishEvent(new Attention(personId, new ObjectRef(ENTITY, id), "assignment", actor.id()));
		}
		return saved;
	}

	@Transactional
	public NoteView assess(Actor actor, long id, long expectedVersion, AssessmentDraft draft) {
		ConceptNote note = assessable(actor, id, expectedVersion);
		checkRelated(actor, note, "requires", draft.requires());
		checkRelated(actor, note, "excludes", draft.excludes());
		for (Long other : draft.requires()) {
			if (draft.excludes().contains(other)) {
				throw new RuleViolationException("excludes", "intake.error.requiresAndExcludes",
						"a note cannot both require and exclude note " + other, String.valueOf(other));
			}
		}
		ConceptNote.Snapshot before = note.snapshot();
		note.recordAssessment(draft, actor);
		return saved(actor, note, before, ENTITY + ".assessed", null);
	}

	@Transactional
	public NoteView score(Actor actor, long id, long expectedVersion, Map<Long, Integer> scores) {
		ConceptNote note = assessable(actor, id, expectedVersion);
		ConceptNote.Snapshot before = note.snapshot();
		note.score(scores, this.model.active());
		return saved(actor, note, before, ENTITY + ".scored", null);
	}

	/**
	 * Moves the note to the target status with the reason and conditions; approval needs
	 * the terms of the project it becomes, creates that project and records what it
	 * carried over.
	 */
	@Transactional
	public NoteView decide(Actor actor, long id, long expectedVersion, NoteStatus target, String reason,
			String conditions, ApprovalTerms terms) {
		ConceptNote note = visible(actor, id);
		if (target == null) {
			throw new RuleViolationException("status", "intake.error.required", "status is required");
		}
		if (!NoteAccessPolicy.mayDecide(actor, note, target)) {
			throw new AccessDeniedException("may not move concept note " + id + " to " + target);
		}
		Versioned.check(ENTITY, id, expectedVersion, note.version());
		ConceptNote.Snapshot before = note.snapshot();
		NoteDecision decision = note.decide(target, reason, conditions, actor);
		if (target == NoteStatus.APPROVED) {
			ProjectSummary project = this.registry.createProject(actor, projectDraft(note, terms));
			note.becameProject(project.id());
			this.carried.save(new CarriedEstimateRecord(project.id(), note));
			this.events
				.publishEvent(new ConceptNoteApproved(note.id(), project.id(), project.classification(), actor.id()));
		}
		NoteView saved = saved(actor, note, before, ENTITY + ".decided", decision.from() + " → " + decision.to() + ": "
				+ decision.reason() + (decision.conditions() == null ? "" : " [" + decision.conditions() + "]"));
		if (target == NoteStatus.RECOMMENDED) {
			announceDecision(actor, note);
		}
		return saved;
	}

	/**
	 * A recommended note waits for the PMO's decision: every PMO officer whose screening
	 * clears it is told.
	 */
	private void announceDecision(Actor actor, ConceptNote note) {
		for (PersonSummary person : this.people.listEnabled()) {
			if (person.roles().contains(GlobalRole.PMO_OFFICER) && person.screening().clears(note.classification())
					&& person.id() != actor.id()) {
				this.events
					.publishEvent(new Attention(person.id(), new ObjectRef(ENTITY, note.id()), "decision", actor.id()));
			}
		}
	}

	private static ProjectDraft projectDraft(ConceptNote note, ApprovalTerms terms) {
		if (terms == null) {
			throw new RuleViolationException("code", "intake.error.required", "code is required");
		}
		if (terms.portfolioId() == null) {
			throw new RuleViolationException("portfolioId", "intake.error.required", "portfolioId is required");
		}
		Methodology method = note.proposedMethod() == null ? Methodology.SCRUM : note.proposedMethod();
		ProjectType type = terms.type() == null ? ProjectType.ICT : terms.type();
		String description = note.problem().length() > 4000 ? note.problem().substring(0, 4000) : note.problem();
		return new ProjectDraft(terms.code(), note.title(), description, type, method, note.classification(),
				terms.portfolioId(), terms.programmeId(), null, note.businessOwnerId(), terms.projectManagerId(),
				Set.of(), terms.plannedStart(), terms.plannedFinish(), Health.GREEN, null, List.of("intake"));
	}

	// ---- rules and access

	private void checkReferences(Actor actor, NoteDraft draft) {
		if (draft.classification() != null && !actor.clears(draft.classification())) {
			throw new RuleViolationException("classification", "intake.error.classificationAboveScreening",
					"you may not classify a note above your own screening");
		}
		if (draft.businessOwnerId() != null) {
			PersonSummary owner = this.people.find(draft.businessOwnerId())
				.orElseThrow(() -> new RuleViolationException("businessOwnerId", "intake.error.unknownPerson",
						"there is no person " + draft.businessOwnerId()));
			Classification c = draft.classification() == null ? Classification.PUBLIC : draft.classification();
			if (!owner.screening().clears(c)) {
				throw new RuleViolationException("businessOwnerId", "intake.error.screeningTooLow",
						"this person's screening does not clear the note's classification");
			}
		}
	}

	/**
	 * The titles of all the notes the actor may see, by id: for choosing related notes.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> visibleTitles(Actor actor) {
		java.util.Map<Long, String> titles = new java.util.TreeMap<>();
		for (ConceptNote n : this.notes.findAll(visible(actor))) {
			titles.put(n.id(), n.title());
		}
		return titles;
	}

	/** The titles of those of the notes the actor may see, by id. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> titles(Actor actor, java.util.Collection<Long> ids) {
		java.util.Map<Long, String> titles = new java.util.TreeMap<>();
		for (ConceptNote n : this.notes.findAllById(ids)) {
			if (NoteAccessPolicy.maySee(actor, n)) {
				titles.put(n.id(), n.title());
			}
		}
		return titles;
	}

	/**
	 * Related notes must be other notes the assessor can see; an invisible note is
	 * answered as an unknown one, so the refusal tells nothing about it.
	 */
	private void checkRelated(Actor actor, ConceptNote note, String field, List<Long> ids) {
		if (ids.size() > MAX_RELATED) {
			throw new RuleViolationException(field, "intake.error.tooMany", "at most " + MAX_RELATED + " notes",
					MAX_RELATED);
		}
		for (Long other : ids) {
			if (other == null || other == note.id()) {
				throw new RuleViolationException(field, "intake.error.relatedItself", "a note cannot relate to itself");
			}
			boolean seen = this.notes.findById(other).filter(n -> NoteAccessPolicy.maySee(actor, n)).isPresent();
			if (!seen) {
				throw new RuleViolationException(field, "intake.error.unknownNote", "there is no note " + other,
						String.valueOf(other));
			}
		}
	}

	static final int MAX_RELATED = 20;

	private ConceptNote visible(Actor actor, long id) {
		ConceptNote note = this.notes.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!NoteAccessPolicy.maySee(actor, note)) {
			throw new NotFoundException(ENTITY, id);
		}
		return note;
	}

	private ConceptNote assessable(Actor actor, long id, long expectedVersion) {
		ConceptNote note = visible(actor, id);
		if (!NoteAccessPolicy.mayAssess(actor, note)) {
			throw new AccessDeniedException("may not assess concept note " + id);
		}
		Versioned.check(ENTITY, id, expectedVersion, note.version());
		return note;
	}

	private NoteView saved(Actor actor, ConceptNote note, ConceptNote.Snapshot before, String action, String summary) {
		try {
			this.notes.saveAndFlush(note);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, note.id(), note.version(), note.version() + 1);
		}
		this.audit.record(new AuditRecord(action, ENTITY, String.valueOf(note.id()), note.classification(), summary,
				before, note.snapshot()));
		return view(actor, note, this.model.active());
	}

	static Specification<ConceptNote> visible(Actor actor) {
		return (root, query, cb) -> {
			List<Classification> cleared = new ArrayList<>();
			for (Classification c : Classification.values()) {
				if (actor.clears(c)) {
					cleared.add(c);
				}
			}
			Predicate screening = root.get("classification").in(cleared);
			if (actor.isPortfolioWide()) {
				return screening;
			}
			return cb.and(screening, cb.or(cb.equal(root.get("submittedBy"), actor.id()),
					cb.isMember(actor.id(), root.<java.util.Collection<Long>>get("assessorIds"))));
		};
	}

	private NoteView view(Actor actor, ConceptNote note, Map<Long, WeightedScoring.Criterion> criteria) {
		note.snapshot();
		note.decisions().size();
		note.attachments().size();
		Set<Long> ids = new HashSet<>(note.assessorIds());
		ids.add(note.submittedBy());
		if (note.assessedBy() != null) {
			ids.add(note.assessedBy());
		}
		if (note.businessOwnerId() != null) {
			ids.add(note.businessOwnerId());
		}
		Map<Long, String> names = new java.util.HashMap<>();
		this.people.findAll(ids).forEach((id, p) -> names.put(id, p.displayName()));
		List<NoteStatus> allowed = note.status()
			.next()
			.stream()
			.filter(s -> NoteAccessPolicy.mayDecide(actor, note, s))
			.sorted()
			.toList();
		Map<Long, Integer> scores = new java.util.HashMap<>();
		note.scores().forEach((criterion, value) -> {
			if (criteria.containsKey(criterion)) {
				scores.put(criterion, value);
			}
		});
		return new NoteView(note, WeightedScoring.score(List.copyOf(criteria.values()), scores), note.costEvaluation(),
				Map.copyOf(names), NoteAccessPolicy.mayRevise(actor, note),
				NoteAccessPolicy.mayAssess(actor, note) && note.status().isOpenForAssessment(),
				actor.isPortfolioWide() && note.status().isOpenForAssessment(), allowed);
	}

}
