package org.agilepmo.quality.internal;

import org.agilepmo.shared.RuleViolationException;

/** The module's rules for typed text: required or optional, stripped, not too long. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String value, int max) {
		String text = optional(field, value, max);
		if (text == null) {
			throw new RuleViolationException(field, "quality.error.required", "is required");
		}
		return text;
	}

	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new RuleViolationException(field, "quality.error.tooLong", "is longer than {0} characters", max);
		}
		return text;
	}

}
