package org.agilepmo.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concept notes for the workspace, through {@link NoteAccessPolicy} (the intake lists'
 * rule); files are attached by whoever may revise or assess the note. A person's work:
 * the notes they are named to assess and have not assessed yet, the assessed ones they
 * may recommend, for the PMO the submitted notes to take into assessment and the
 * recommended ones to decide, and for an author their deferred notes.
 */
@Component
class IntakeObjects implements ObjectDirectory {

	private final ConceptNotes notes;

	IntakeObjects(ConceptNotes notes) {
		this.notes = notes;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ConceptNoteService.ENTITY);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		if (!ConceptNoteService.ENTITY.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.notes.findById(ref.id()).filter(n -> NoteAccessPolicy.maySee(actor, n)).map(IntakeObjects::card);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return ConceptNoteService.ENTITY.equals(ref.kind()) && this.notes.findById(ref.id())
			.filter(n -> NoteAccessPolicy.mayRevise(actor, n) || NoteAccessPolicy.mayAssess(actor, n))
			.isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		if (!ConceptNoteService.ENTITY.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.notes.findById(ref.id())
			.map(n -> new SearchText(n.title(), String.join(" ",
					Stream.of(n.problem(), n.objectives(), n.scope()).filter(t -> t != null && !t.isBlank()).toList()),
					n.projectId(), n.classification()));
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		if (!ConceptNoteService.ENTITY.equals(kind)) {
			return Stream.empty();
		}
		return this.notes.findAll().stream().map(n -> new ObjectRef(kind, n.id())).toList().stream();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		List<WorkEntry> work = new ArrayList<>();
		for (ConceptNote note : this.notes.findAll(ConceptNoteService.visible(actor))) {
			String reason = reason(actor, note);
			if (reason != null) {
				work.add(new WorkEntry(card(note), reason, null, false));
			}
		}
		return work;
	}

	private static String reason(Actor actor, ConceptNote note) {
		boolean assessor = note.assessorIds().contains(actor.id());
		return switch (note.status()) {
			case SUBMITTED, IN_ASSESSMENT -> {
				if (assessor && note.assessedAt() == null) {
					yield "work.note.to-assess";
				}
				if (assessor && note.status() == NoteStatus.IN_ASSESSMENT) {
					yield "work.note.to-recommend";
				}
				yield (actor.isPortfolioWide() && note.status() == NoteStatus.SUBMITTED) ? "work.note.to-triage" : null;
			}
			case RECOMMENDED -> actor.isPortfolioWide() ? "work.note.to-decide" : null;
			case DEFERRED -> note.submittedBy() == actor.id() ? "work.note.returned" : null;
			case APPROVED, REJECTED -> null;
		};
	}

	private static ObjectCard card(ConceptNote note) {
		return new ObjectCard(new ObjectRef(ConceptNoteService.ENTITY, note.id()), note.title(), null,
				"/intake/" + note.id(), note.projectId(), note.classification());
	}

}
