package org.agilepmo.intake.internal;

import org.agilepmo.shared.RuleViolationException;

/** Field rules for free text, with messages that name the field. */
final class Texts {

	private Texts() {
	}

	/** Required text of at most max characters, stripped. */
	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new RuleViolationException(field, "intake.error.required", field + " is required");
		}
		return optional(field, value, max);
	}

	/** Optional text of at most max characters, stripped; blank becomes null. */
	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new RuleViolationException(field, "intake.error.tooLong",
					field + " must have at most " + max + " characters", max);
		}
		return stripped;
	}

	/** A link: http or https, at most 2000 characters. */
	static String link(String field, String value) {
		String url = required(field, value, 2000);
		if (!url.startsWith("https://") && !url.startsWith("http://")) {
			throw new RuleViolationException(field, "intake.error.link", field + " must be an http(s) link");
		}
		return url;
	}

}
