package org.agilepmo.shared;

import java.util.Optional;

/**
 * A reference to one thing people work on, talk about and look for, across modules: a
 * project, an activity, a concept note, a backlog item, a gate item... The kind is the
 * owning module's word for it, the same word its audit entries use as their entity type
 * ({@code project}, {@code plan-activity}, {@code concept-note}, {@code delivery-item},
 * {@code stage-gate}...), so that an audit entry names the object it concerns.
 */
public record ObjectRef(String kind, long id) {

	public ObjectRef {
		if (kind == null || kind.isBlank() || !kind.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("An object kind is lower-case words joined by hyphens: " + kind);
		}
	}

	/** The reference written as {@code kind:id}, as URLs and forms carry it. */
	public String key() {
		return this.kind + ":" + this.id;
	}

	/** Reads {@code kind:id}; empty when the text is not such a reference. */
	public static Optional<ObjectRef> parse(String key) {
		if (key == null) {
			return Optional.empty();
		}
		int colon = key.lastIndexOf(':');
		if (colon <= 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ObjectRef(key.substring(0, colon), Long.parseLong(key.substring(colon + 1))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The reference an audit entry's entity type and id make, when the id is a number.
	 */
	public static Optional<ObjectRef> of(String kind, String id) {
		return parse(kind + ":" + id);
	}

	@Override
	public String toString() {
		return key();
	}

}
