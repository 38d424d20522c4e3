package org.agilepmo.workspace.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;

/**
 * Recent changes a person may see, read from the audit trail: an entry is kept only when
 * its object's directory shows the object to the person (so a hidden object's changes
 * never show), and it is named by the object's card and the person's name, never by ids.
 */
@Component
public class ActivityStream {

	/** How many of the latest audit entries one stream looks through at most. */
	static final int MAX_SCANNED = 500;

	static final int SCAN_PAGE = 100;

	private final AuditTrail trail;

	private final ObjectDirectories directories;

	private final People people;

	ActivityStream(AuditTrail trail, ObjectDirectories directories, People people) {
		this.trail = trail;
		this.directories = directories;
		this.people = people;
	}

	/** The latest changes the person may see, newest first. */
	public List<Change> recent(Actor actor, int limit) {
		return recent(actor, limit, card -> true);
	}

	/** The latest changes to one project and what belongs to it, newest first. */
	public List<Change> ofProject(Actor actor, long projectId, int limit) {
		return recent(actor, limit, card -> card.projectId() != null && card.projectId() == projectId);
	}

	/** The latest changes to objects of the given projects, newest first. */
	public List<Change> ofProjects(Actor actor, java.util.Set<Long> projectIds, int limit) {
		return recent(actor, limit, card -> card.projectId() != null && projectIds.contains(card.projectId()));
	}

	private List<Change> recent(Actor actor, int limit, Predicate<ObjectCard> about) {
		List<Change> changes = new ArrayList<>();
		Map<ObjectRef, Optional<ObjectCard>> cards = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (int page = 0; page * SCAN_PAGE < MAX_SCANNED && changes.size() < limit; page++) {
			List<AuditEntryView> entries = this.trail.browse(actor.screening(),
					new AuditQuery(null, null, null, page, SCAN_PAGE));
			for (AuditEntryView entry : entries) {
				Optional<ObjectRef> ref = ObjectRef.of(entry.entityType(), entry.entityId());
				if (ref.isEmpty()) {
					continue;
				}
				Optional<ObjectCard> card = cards.computeIfAbsent(ref.get(),
						r -> this.directories.findVisible(r, actor));
				if (card.isPresent() && about.test(card.get())) {
					changes.add(new Change(card.get(), verb(entry.action()), nameOf(entry.actor(), names),
							entry.occurredAt()));
					if (changes.size() == limit) {
						break;
					}
				}
			}
			if (entries.size() < SCAN_PAGE) {
				break;
			}
		}
		return changes;
	}

	private String nameOf(String username, Map<String, String> names) {
		if (username == null) {
			return null;
		}
		return names.computeIfAbsent(username,
				u -> this.people.findByUsername(u).map(PersonSummary::displayName).orElse(null));
	}

	/**
	 * The last word of an audit action ({@code project.stage-changed}:
	 * {@code stage-changed}).
	 */
	static String verb(String action) {
		int dot = action.lastIndexOf('.');
		return dot < 0 ? action : action.substring(dot + 1);
	}

	/**
	 * One change as people read it.
	 *
	 * @param object what changed
	 * @param verb what happened to it, the last word of the audit action
	 * @param by the name of who changed it, or {@code null} for the platform itself
	 * @param at when
	 */
	public record Change(ObjectCard object, String verb, String by, Instant at) {
	}

}
