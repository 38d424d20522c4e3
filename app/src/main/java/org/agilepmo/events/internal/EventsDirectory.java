package org.agilepmo.events.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and training needs assessments as the rest of the platform sees them (search,
 * notifications, the audit trail's names), through the events' own rule.
 */
@Component
class EventsDirectory implements ObjectDirectory {

	private final Events events;

	private final EventAccess access;

	private final NeedsCampaigns campaigns;

	private final NeedsService needs;

	EventsDirectory(Events events, EventAccess access, NeedsCampaigns campaigns, NeedsService needs) {
		this.events = events;
		this.access = access;
		this.campaigns = campaigns;
		this.needs = needs;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(EventAccess.EVENT, NeedsService.ENTITY);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return switch (ref.kind()) {
			case EventAccess.EVENT -> this.access.find(actor, ref.id())
				.map(e -> new ObjectCard(ref, e.title(), "EV-" + e.id(), "/events/" + e.id(), null,
						Classification.RESTRICTED));
			case NeedsService.ENTITY -> this.campaigns.findById(ref.id())
				.filter(c -> this.needs.maySee(actor, c))
				.map(c -> new ObjectCard(ref, c.title(), "TNA-" + c.id(), "/training-needs/" + c.id(), null,
						Classification.RESTRICTED));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return EventAccess.EVENT.equals(ref.kind())
				&& this.events.findById(ref.id()).filter(e -> this.access.mayOrganise(actor, e)).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchText> searchText(ObjectRef ref) {
		return switch (ref.kind()) {
			case EventAccess.EVENT -> this.events.findById(ref.id())
				.map(e -> new SearchText(e.title(),
						String.join(" ", "EV-" + e.id(), e.venue() == null ? "" : e.venue(),
								e.description() == null ? "" : e.description()),
						e.projectId(), Classification.RESTRICTED));
			case NeedsService.ENTITY -> this.campaigns.findById(ref.id())
				.map(c -> new SearchText(c.title(), "TNA-" + c.id(), null, Classification.RESTRICTED));
			default -> Optional.empty();
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Stream<ObjectRef> all(String kind) {
		List<ObjectRef> refs = switch (kind) {
			case EventAccess.EVENT -> this.events.findAll().stream().map(e -> new ObjectRef(kind, e.id())).toList();
			case NeedsService.ENTITY ->
				this.campaigns.findAll().stream().map(c -> new ObjectRef(kind, c.id())).toList();
			default -> List.of();
		};
		return refs.stream();
	}

}
