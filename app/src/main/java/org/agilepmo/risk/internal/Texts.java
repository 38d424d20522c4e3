package org.agilepmo.risk.internal;

import org.agilepmo.shared.RuleViolationException;

/** Field rules for the register's texts. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String text, int max) {
		String t = optional(field, text, max);
		if (t == null) {
			throw new RuleViolationException(field, "risk.error.required", "is required");
		}
		return t;
	}

	static String optional(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		if (t.length() > max) {
			throw new RuleViolationException(field, "risk.error.tooLong", "must be at most " + max + " characters",
					max);
		}
		return t;
	}

}
