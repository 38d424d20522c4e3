package org.agilepmo.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.Inbox;
import org.agilepmo.notification.NotificationView;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectRef;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications, each shown through the access rule of the object it is about
 * at the moment it is read: what the reader may no longer see is neither listed nor
 * counted. Opening one marks it read (a POST); looking writes nothing.
 */
@Service
public class InboxService implements Inbox {

	/** The newest notifications the list and the API consider, per person. */
	static final int KEPT_IN_VIEW = 500;

	private final Notifications notifications;

	private final ObjectDirectories directories;

	private final People people;

	private final Clock clock = Clock.systemUTC();

	InboxService(Notifications notifications, ObjectDirectories directories, People people) {
		this.notifications = notifications;
		this.directories = directories;
		this.people = people;
	}

	@Override
	public List<NotificationView> latest(Actor actor, int limit) {
		List<NotificationView> all = visible(actor, KEPT_IN_VIEW);
		return all.subList(0, Math.min(Math.max(limit, 0), all.size()));
	}

	@Override
	public long unreadCount(Actor actor) {
		Map<ObjectRef, Boolean> seen = new HashMap<>();
		return this.notifications.findByPersonIdAndReadAtIsNull(actor.id())
			.stream()
			.filter(n -> seen.computeIfAbsent(n.about(), ref -> this.directories.findVisible(ref, actor).isPresent()))
			.count();
	}

	/**
	 * Every notification the person may see, newest first (of the newest
	 * {@value #KEPT_IN_VIEW}).
	 */
	public List<NotificationView> all(Actor actor) {
		return visible(actor, KEPT_IN_VIEW);
	}

	/**
	 * Marks the notification read and answers the object it is about (404 when hidden).
	 */
	@Transactional
	public ObjectCard open(long id, Actor actor) {
		Notification notification = this.notifications.findByIdAndPersonId(id, actor.id())
			.orElseThrow(() -> new NotFoundException("notification", id));
		ObjectCard card = this.directories.findVisible(notification.about(), actor)
			.orElseThrow(() -> new NotFoundException("notification", id));
		notification.markRead(this.clock.instant());
		return card;
	}

	/** Marks every notification of the person read. */
	@Transactional
	public void markAllRead(Actor actor) {
		this.notifications.findByPersonIdAndReadAtIsNull(actor.id()).forEach(n -> n.markRead(this.clock.instant()));
	}

	private List<NotificationView> visible(Actor actor, int newest) {
		List<Notification> found = this.notifications.findByPersonIdOrderByCreatedAtDescIdDesc(actor.id(),
				PageRequest.of(0, newest));
		Map<ObjectRef, Optional<ObjectCard>> cards = new HashMap<>();
		Set<Long> by = new HashSet<>();
		List<Notification> shown = new ArrayList<>();
		for (Notification n : found) {
			if (cards.computeIfAbsent(n.about(), ref -> this.directories.findVisible(ref, actor)).isPresent()) {
				shown.add(n);
				if (n.byPerson() != null) {
					by.add(n.byPerson());
				}
			}
		}
		Map<Long, PersonSummary> names = this.people.findAll(by);
		return shown.stream()
			.map(n -> new NotificationView(n.id(), n.reason(), cards.get(n.about()).orElseThrow(), n.byPerson(),
					(n.byPerson() == null) ? null
							: Optional.ofNullable(names.get(n.byPerson())).map(PersonSummary::displayName).orElse(null),
					n.createdAt(), n.isRead()))
			.toList();
	}

}
