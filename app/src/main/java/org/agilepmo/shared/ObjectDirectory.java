package org.agilepmo.shared;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One module's objects as the rest of the platform may see them, always through that
 * module's own access rule. Each business module publishes one bean of this type (in its
 * {@code internal} package) for the kinds it owns; the workspace (comments, attachments,
 * search, notifications, my work, the audit trail's names) finds them all here, in the
 * shared kernel, and never reads another module's tables.
 * <p>
 * The rule is the module's list rule, exactly: an object the person could not find in the
 * module's own lists is absent here too, never a count, a title or a link.
 */
public interface ObjectDirectory {

	/**
	 * The kinds this module owns, e.g. {@code project}, {@code programme},
	 * {@code portfolio}.
	 */
	Set<String> kinds();

	/**
	 * The object, when it exists and the person may see it; empty otherwise. It throws
	 * nothing for an object that is hidden or gone: callers ask about many objects at a
	 * time (search hits, audit entries, notifications), and an exception thrown through a
	 * transactional service would mark their transaction for rollback. For the same
	 * reason the workspace's readers hold no transaction of their own while they ask.
	 */
	Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor);

	/** Whether the person may comment on the object: by default, whoever may see it. */
	default boolean mayComment(ObjectRef ref, Actor actor) {
		return findVisible(ref, actor).isPresent();
	}

	/**
	 * Whether the person may attach files to the object (and so replace or remove what is
	 * attached): those who may change it.
	 */
	boolean mayAttach(ObjectRef ref, Actor actor);

	/**
	 * The text search finds the object by, whoever asks (the index keeps it; the access
	 * rule is applied to every hit through {@link #findVisible}); empty when it no longer
	 * exists.
	 */
	Optional<SearchText> searchText(ObjectRef ref);

	/** Every object of one of this module's kinds, for rebuilding the search index. */
	Stream<ObjectRef> all(String kind);

	/**
	 * What needs this person in this module (items assigned, gate items to sign,
	 * decisions to take, overdue work), most urgent first, each one visible to them.
	 */
	default List<WorkEntry> workFor(Actor actor) {
		return List.of();
	}

	/**
	 * The searchable text of one object.
	 *
	 * @param title its name
	 * @param body everything else worth finding it by (description, code, owner's
	 * name...)
	 * @param projectId the project it belongs to, or {@code null}
	 * @param classification how sensitive it is
	 */
	record SearchText(String title, String body, Long projectId, Classification classification) {
	}

}
