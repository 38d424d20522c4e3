package org.agilepmo.meetings.internal;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Meetings and their actions as the rest of the platform may see them, through the
 * meeting's access rule. A person's work here is their open meeting actions, overdue
 * first.
 */
@Component
class MeetingsDirectory implements ObjectDirectory {

	private final Meetings meetings;

	private final MeetingActions actions;

	private final MeetingAccess access;

	private final MeetingService service;

	MeetingsDirectory(Meetings meetings, MeetingActions actions, MeetingAccess access, MeetingService service) {
		this.meetings = meetings;
		this.actions = actions;
		this.access = access;
		this.service = service;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(MeetingService.ENTITY, MeetingService.ACTION);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case MeetingService.ENTITY ->
				this.meetings.findById(ref.id()).filter(m -> this.access.mayView(actor, m)).map(this::card);
			case MeetingService.ACTION -> this.actions.findById(ref.id())
				.flatMap(a -> this.meetings.findById(a.meetingId())
					.filter(m -> a.ownerId() == actor.id() || this.access.mayView(actor, m))
					.map(m -> card(a, m)));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return MeetingService.ENTITY.equals(ref.kind())
				&& this.meetings.findById(ref.id()).map(m -> this.access.mayEdit(actor, m)).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case MeetingService.ENTITY -> this.meetings.findById(ref.id())
				.map(m -> new SearchText(m.title(),
						String.join(" ", String.join(" ", m.agenda()), m.minutes() == null ? "" : m.minutes()),
						projectOf(m), this.access.classification(m)));
			case MeetingService.ACTION -> this.actions.findById(ref.id())
				.flatMap(a -> this.meetings.findById(a.meetingId())
					.map(m -> new SearchText(a.title(), m.title(), projectOf(m), this.access.classification(m))));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		return switch (kind) {
			case MeetingService.ENTITY ->
				this.meetings.findAll().stream().map(m -> new ObjectRef(kind, m.id())).toList().stream();
			case MeetingService.ACTION ->
				this.actions.findAll().stream().map(a -> new ObjectRef(kind, a.id())).toList().stream();
			default -> Stream.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		List<WorkEntry> work = new ArrayList<>();
		for (MeetingAction a : this.actions.findByOwnerIdAndClosedAtIsNullOrderByDueOnAscIdAsc(actor.id())) {
			this.meetings.findById(a.meetingId()).ifPresent(m -> {
				boolean late = this.service.isOverdue(a);
				work.add(new WorkEntry(card(a, m), late ? "work.meeting-action.overdue" : "work.meeting-action.open",
						a.dueOn(), late));
			});
		}
		work.sort(Comparator.comparing((WorkEntry w) -> !w.overdue()).thenComparing(WorkEntry::due));
		return work;
	}

	private ObjectCard card(Meeting m) {
		return new ObjectCard(new ObjectRef(MeetingService.ENTITY, m.id()), m.title(), "MT-" + m.id(),
				"/meetings/" + m.id(), projectOf(m), this.access.classification(m));
	}

	private ObjectCard card(MeetingAction a, Meeting m) {
		return new ObjectCard(new ObjectRef(MeetingService.ACTION, a.id()), a.title(), "MA-" + a.id(),
				"/meetings/" + m.id() + "#action-" + a.id(), projectOf(m), this.access.classification(m));
	}

	private static Long projectOf(Meeting m) {
		return m.scopeKind() == ScopeKind.PROJECT ? m.scopeId() : null;
	}

}
