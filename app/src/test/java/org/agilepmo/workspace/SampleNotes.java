package org.agilepmo.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test-only module's directory: notes written about a project, seen by whoever may see
 * the project, each one assignable to a person with a due date. Its writes go through the
 * real audit trail, which announces each changed object as the business modules' writes
 * do, so that the workspace's index is exercised exactly as in production.
 */
@TestComponent
public class SampleNotes implements ObjectDirectory {

	public static final String KIND = "sample-note";

	private final Map<Long, Note> notes = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(1_000_000);

	private final AuditTrail trail;

	private final ProjectCatalogue projects;

	private final TransactionTemplate transactions;

	SampleNotes(AuditTrail trail, ProjectCatalogue projects, TransactionTemplate transactions) {
		this.trail = trail;
		this.projects = projects;
		this.transactions = transactions;
	}

	/** A note about a project, as if a person wrote it. */
	public record Note(long id, String title, String body, long projectId, Long assigneeId, LocalDate due) {

		ObjectRef ref() {
			return new ObjectRef(KIND, this.id);
		}

	}

	public ObjectRef write(String title, String body, long projectId) {
		return write(title, body, projectId, null, null);
	}

	public ObjectRef write(String title, String body, long projectId, Long assigneeId, LocalDate due) {
		long id = this.ids.incrementAndGet();
		return save(new Note(id, title, body, projectId, assigneeId, due), "created");
	}

	public ObjectRef rename(ObjectRef ref, String title) {
		Note note = this.notes.get(ref.id());
		return save(new Note(note.id(), title, note.body(), note.projectId(), note.assigneeId(), note.due()),
				"updated");
	}

	public ObjectRef move(ObjectRef ref, long projectId) {
		Note note = this.notes.get(ref.id());
		return save(new Note(note.id(), note.title(), note.body(), projectId, note.assigneeId(), note.due()),
				"updated");
	}

	public void delete(ObjectRef ref) {
		this.transactions.executeWithoutResult(status -> {
			this.notes.remove(ref.id());
			this.trail.record(new AuditRecord(KIND + ".deleted", KIND, String.valueOf(ref.id()), Classification.PUBLIC,
					null, null, null));
		});
	}

	/** Writes a note and rolls the write back (a refused change). */
	public ObjectRef writeAndRollBack(String title, long projectId) {
		long id = this.ids.incrementAndGet();
		Note note = new Note(id, title, "", projectId, null, null);
		this.transactions.executeWithoutResult(status -> {
			this.notes.put(id, note);
			this.trail.record(new AuditRecord(KIND + ".created", KIND, String.valueOf(id), Classification.PUBLIC, null,
					null, title));
			status.setRollbackOnly();
		});
		return note.ref();
	}

	/** Keeps the note without telling anyone (as a write the index missed). */
	public ObjectRef keepQuietly(String title, String body, long projectId) {
		long id = this.ids.incrementAndGet();
		Note note = new Note(id, title, body, projectId, null, null);
		this.notes.put(id, note);
		return note.ref();
	}

	private ObjectRef save(Note note, String verb) {
		this.transactions.executeWithoutResult(status -> {
			this.notes.put(note.id(), note);
			this.trail.record(new AuditRecord(KIND + "." + verb, KIND, String.valueOf(note.id()), Classification.PUBLIC,
					null, null, note.title()));
		});
		return note.ref();
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		Note note = this.notes.get(ref.id());
		if (note == null || !KIND.equals(ref.kind())) {
			return Optional.empty();
		}
		return this.projects.findVisible(note.projectId(), actor)
			.map(project -> new ObjectCard(ref, note.title(), "N-" + note.id(), "/sample-notes/" + note.id(),
					note.projectId(), project.classification()));
	}

	@Override
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		Note note = this.notes.get(ref.id());
		return note != null && this.projects.mayEdit(note.projectId(), actor);
	}

	@Override
	public Optional<SearchText> searchText(ObjectRef ref) {
		return Optional.ofNullable(this.notes.get(ref.id()))
			.map(note -> new SearchText(note.title(), note.body(), note.projectId(), Classification.PUBLIC));
	}

	@Override
	public Stream<ObjectRef> all(String kind) {
		return this.notes.values().stream().map(Note::ref);
	}

	@Override
	public List<WorkEntry> workFor(Actor actor) {
		List<WorkEntry> work = new ArrayList<>();
		for (Note note : this.notes.values()) {
			if (note.assigneeId() != null && note.assigneeId() == actor.id()) {
				findVisible(note.ref(), actor).ifPresent(card -> work.add(new WorkEntry(card, "workspace.test.reason",
						note.due(), note.due() != null && note.due().isBefore(LocalDate.now()))));
			}
		}
		return work;
	}

}
