package org.agilepmo.resources.internal;

import org.agilepmo.shared.RuleViolationException;

/** Free text people type: trimmed, empty as nothing, and bounded. */
final class Texts {

	private Texts() {
	}

	static String optional(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new RuleViolationException(field, "resources.error.tooLong", "at most " + max + " characters", max);
		}
		return value;
	}

}
