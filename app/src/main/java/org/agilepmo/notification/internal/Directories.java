package org.agilepmo.notification.internal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The objects notifications are about, as their own modules show them to the reader: a
 * notification about an object the reader may no longer see (or of a kind no module owns
 * any more) is not shown, nor counted.
 */
@Component
class Directories {

	private final ObjectProvider<ObjectDirectory> directories;

	private volatile Map<String, ObjectDirectory> byKind;

	Directories(ObjectProvider<ObjectDirectory> directories) {
		this.directories = directories;
	}

	Optional<ObjectCard> findVisible(ObjectRef ref, Actor reader) {
		Map<String, ObjectDirectory> known = this.byKind;
		if (known == null) {
			known = this.directories.orderedStream()
				.flatMap(d -> d.kinds().stream().map(k -> Map.entry(k, d)))
				.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
			this.byKind = known;
		}
		ObjectDirectory directory = known.get(ref.kind());
		return (directory == null) ? Optional.empty() : directory.findVisible(ref, reader);
	}

}
