package org.agilepmo.architecture.internal;

import org.agilepmo.shared.RuleViolationException;

/** Field rules for the module's texts. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String text, int max) {
		String t = optional(field, text, max);
		if (t == null) {
			throw new RuleViolationException(field, "architecture.error.required", "is required");
		}
		return t;
	}

	static String optional(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		if (t.length() > max) {
			throw new RuleViolationException(field, "architecture.error.tooLong",
					"must be at most " + max + " characters", max);
		}
		return t;
	}

	static <T> T present(String field, T value) {
		if (value == null) {
			throw new RuleViolationException(field, "architecture.error.required", "is required");
		}
		return value;
	}

}
