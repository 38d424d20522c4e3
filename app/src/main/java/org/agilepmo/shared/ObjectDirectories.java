package org.agilepmo.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link ObjectDirectory}, found by the kinds it owns: the one place where
 * the workspace, comments, attachments, notifications and the audit trail's names learn
 * whether a person may see an object and what to call it. A kind no module owns has no
 * visible object, so its references are never shown; a kind claimed by two modules is a
 * wiring error reported on first use.
 * <p>
 * The directories are collected on first use, not at construction, so that a module's
 * directory may itself depend on services that use this router.
 */
@Component
public class ObjectDirectories {

	private final ObjectProvider<ObjectDirectory> provider;

	private volatile Map<String, ObjectDirectory> byKind;

	private volatile List<ObjectDirectory> all;

	public ObjectDirectories(ObjectProvider<ObjectDirectory> provider) {
		this.provider = provider;
	}

	/** Directories given directly, as a test without a Spring context builds them. */
	public static ObjectDirectories of(List<ObjectDirectory> directories) {
		ObjectDirectories router = new ObjectDirectories(null);
		router.index(directories);
		return router;
	}

	/** The directory that owns a kind. */
	public Optional<ObjectDirectory> of(String kind) {
		return Optional.ofNullable(byKind().get(kind));
	}

	/** The object when its module says the person may see it; empty otherwise. */
	public Optional<ObjectCard> findVisible(ObjectRef ref, Actor actor) {
		return of(ref.kind()).flatMap((directory) -> directory.findVisible(ref, actor));
	}

	/** Whether the person may comment on the object; never for a kind no module owns. */
	public boolean mayComment(ObjectRef ref, Actor actor) {
		return of(ref.kind()).map((directory) -> directory.mayComment(ref, actor)).orElse(false);
	}

	/**
	 * Whether the person may attach files to the object; never for a kind no module owns.
	 */
	public boolean mayAttach(ObjectRef ref, Actor actor) {
		return of(ref.kind()).map((directory) -> directory.mayAttach(ref, actor)).orElse(false);
	}

	/** Every kind some module owns, in alphabetical order. */
	public Set<String> kinds() {
		return new TreeSet<>(byKind().keySet());
	}

	/** Every directory, in the order of their beans. */
	public Collection<ObjectDirectory> all() {
		byKind();
		return this.all;
	}

	private Map<String, ObjectDirectory> byKind() {
		Map<String, ObjectDirectory> known = this.byKind;
		if (known == null) {
			synchronized (this) {
				if (this.byKind == null) {
					index(this.provider.orderedStream().toList());
				}
				known = this.byKind;
			}
		}
		return known;
	}

	private void index(List<ObjectDirectory> directories) {
		Map<String, ObjectDirectory> index = new java.util.HashMap<>();
		for (ObjectDirectory directory : directories) {
			for (String kind : directory.kinds()) {
				ObjectDirectory other = index.put(kind, directory);
				if (other != null) {
					throw new IllegalStateException("Two object directories own the kind '" + kind + "': "
							+ other.getClass().getName() + " and " + directory.getClass().getName());
				}
			}
		}
		this.all = List.copyOf(directories);
		this.byKind = Map.copyOf(index);
	}

}
