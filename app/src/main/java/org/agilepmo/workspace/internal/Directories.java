package org.agilepmo.workspace.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;

import org.springframework.stereotype.Component;

/**
 * Every module's {@link ObjectDirectory}, found by the kinds it owns. A kind no module
 * owns has no visible object: its references are never shown.
 */
@Component
public class Directories {

	private final Map<String, ObjectDirectory> byKind = new HashMap<>();

	private final List<ObjectDirectory> all;

	Directories(List<ObjectDirectory> directories) {
		this.all = List.copyOf(directories);
		for (ObjectDirectory directory : directories) {
			for (String kind : directory.kinds()) {
				ObjectDirectory other = this.byKind.put(kind, directory);
				if (other != null) {
					throw new IllegalStateException("Two object directories own the kind '" + kind + "': "
							+ other.getClass().getName() + " and " + directory.getClass().getName());
				}
			}
		}
	}

	public Optional<ObjectDirectory> of(String kind) {
		return Optional.ofNullable(this.byKind.get(kind));
	}

	/** The object when its module says the person may see it; empty otherwise. */
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return of(ref.kind()).flatMap(directory -> directory.findVisible(ref, actor));
	}

	/** Every kind some module owns, in alphabetical order. */
	public Set<String> kinds() {
		return new TreeSet<>(this.byKind.keySet());
	}

	public Collection<ObjectDirectory> all() {
		return this.all;
	}

}
