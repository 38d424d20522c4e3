package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agilepmo.delivery.internal.DeliveryAccess.Lens;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.WorkEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backlog items and sprints for the workspace, exactly as the delivery pages show them
 * ({@link DeliveryAccess}, {@link VisibleItems}): an item linked to a project follows the
 * project's rule, any other item its squad's; a sprint is its squad's. Files are attached
 * by whoever may change the item or the squad. A person's work: the items assigned to
 * them that are not done, those of an active sprint first (due at its end).
 */
@Component
class DeliveryObjects implements ObjectDirectory {

	private final BacklogItems items;

	private final Sprints sprints;

	private final DeliveryAccess access;

	DeliveryObjects(BacklogItems items, Sprints sprints, DeliveryAccess access) {
		this.items = items;
		this.sprints = sprints;
		this.access = access;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(BacklogService.ENTITY, SprintService.ENTITY);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case BacklogService.ENTITY -> {
				Lens lens = this.access.lens(actor);
				yield this.items.findById(ref.id()).filter(lens::maySee).map(i -> card(lens, i));
			}
			case SprintService.ENTITY -> this.sprints.findById(ref.id())
				.filter(s -> this.access.maySeeSquad(actor, this.access.squad(s.squadId())))
				.map(DeliveryObjects::card);
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case BacklogService.ENTITY -> {
				Lens lens = this.access.lens(actor);
				yield this.items.findById(ref.id()).filter(lens::mayEdit).isPresent();
			}
			case SprintService.ENTITY -> this.sprints.findById(ref.id())
				.filter(s -> this.access.mayEditSquad(actor, this.access.squad(s.squadId())))
				.isPresent();
			default -> false;
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case BacklogService.ENTITY -> this.items.findById(ref.id())
				.map(i -> new SearchText(i.title(),
						join(i.externalKey(), i.description(), i.acceptanceCriteria(), String.join(" ", i.labels())),
						i.projectId(), classificationOf(i)));
			case SprintService.ENTITY -> this.sprints.findById(ref.id())
				.map(s -> new SearchText(s.name(), join(s.goal()), null, Classification.PUBLIC));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<Long> ids = switch (kind) {
			case BacklogService.ENTITY -> this.items.findAll().stream().map(BacklogItem::id).toList();
			case SprintService.ENTITY -> this.sprints.findAll().stream().map(Sprint::id).toList();
			default -> List.of();
		};
		return ids.stream().map(id -> new ObjectRef(kind, id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkEntry> workFor(Actor actor) {
		Lens lens = this.access.lens(actor);
		List<BacklogItem> mine = this.items.findByAssigneeId(actor.id())
			.stream()
			.filter(i -> i.category() != Category.DONE)
			.filter(lens::maySee)
			.toList();
		Map<Long, Sprint> active = this.sprints.findAllById(
				mine.stream().map(BacklogItem::sprintId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
			.stream()
			.filter(s -> s.state() == SprintState.ACTIVE)
			.collect(Collectors.toMap(Sprint::id, s -> s));
		List<WorkEntry> inSprint = new ArrayList<>();
		List<WorkEntry> rest = new ArrayList<>();
		java.time.LocalDate today = java.time.LocalDate.now();
		for (BacklogItem item : BacklogService.sorted(mine)) {
			Sprint sprint = (item.sprintId() == null) ? null : active.get(item.sprintId());
			if (sprint != null) {
				inSprint.add(new WorkEntry(card(lens, item), "work.item.in-sprint", sprint.endDate(),
						sprint.endDate().isBefore(today)));
			}
			else {
				rest.add(new WorkEntry(card(lens, item), "work.item.assigned", null, false));
			}
		}
		inSprint.sort(Comparator.comparing(WorkEntry::due));
		inSprint.addAll(rest);
		return inSprint;
	}

	private Classification classificationOf(BacklogItem item) {
		return this.access.classificationOf(item.projectId());
	}

	private static ObjectCard card(Lens lens, BacklogItem i) {
		return new ObjectCard(new ObjectRef(BacklogService.ENTITY, i.id()), i.title(), i.externalKey(),
				"/delivery/items/" + i.id(), i.projectId(), lens.classificationOf(i));
	}

	private static ObjectCard card(Sprint s) {
		return new ObjectCard(new ObjectRef(SprintService.ENTITY, s.id()), s.name(), null,
				"/delivery/sprints/" + s.id(), null, Classification.PUBLIC);
	}

	private static String join(String... parts) {
		return String.join(" ", Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList());
	}

}
