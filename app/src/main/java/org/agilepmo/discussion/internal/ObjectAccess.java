package org.agilepmo.discussion.internal;

import java.util.Optional;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The access rule of comments and attachments: the rule of the object they hang on, as
 * its module's {@link ObjectDirectory} answers it. Reading needs the object to be visible
 * (404 otherwise, so that a hidden object's existence never leaks, and for a kind no
 * module owns); commenting needs {@code mayComment}, attaching {@code mayAttach} (403
 * when the object is visible but the person may not).
 */
@Component
class ObjectAccess {

	private final ObjectDirectories directories;

	ObjectAccess(ObjectDirectories directories) {
		this.directories = directories;
	}

	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return this.directories.findVisible(ref, actor);
	}

	public ObjectCard requireVisible(ObjectRef ref, Actor actor) {
		return findVisible(ref, actor).orElseThrow(() -> new NotFoundException("object", ref));
	}

	public ObjectCard requireComment(ObjectRef ref, Actor actor) {
		ObjectCard card = requireVisible(ref, actor);
		if (!mayComment(ref, actor)) {
			throw new AccessDeniedException("may not comment on " + ref);
		}
		return card;
	}

	public ObjectCard requireAttach(ObjectRef ref, Actor actor) {
		ObjectCard card = requireVisible(ref, actor);
		if (!mayAttach(ref, actor)) {
			throw new AccessDeniedException("may not attach files to " + ref);
		}
		return card;
	}

	public boolean mayComment(ObjectRef ref, Actor actor) {
		return this.directories.mayComment(ref, actor);
	}

	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return this.directories.mayAttach(ref, actor);
	}

}
