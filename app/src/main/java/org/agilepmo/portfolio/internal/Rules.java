package org.agilepmo.portfolio.internal;

import java.util.regex.Pattern;

import org.agilepmo.shared.RuleViolationException;

/** The field rules that portfolios, programmes and projects share. */
final class Rules {

	static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");

	static final int NAME_MAX = 200;

	static final int DESCRIPTION_MAX = 4000;

	static final int REASON_MAX = 1000;

	private Rules() {
	}

	static String code(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new RuleViolationException("code", "portfolio.error.code",
					"code must be 2 to 20 capital letters, digits or dashes");
		}
		return code;
	}

	static String name(String name) {
		if (name == null || name.isBlank()) {
			throw new RuleViolationException("name", "portfolio.error.nameRequired", "name is required");
		}
		String trimmed = name.trim();
		if (trimmed.length() > NAME_MAX) {
			throw new RuleViolationException("name", "portfolio.error.nameTooLong",
					"name must have at most " + NAME_MAX + " characters", NAME_MAX);
		}
		return trimmed;
	}

	static String description(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		if (description.length() > DESCRIPTION_MAX) {
			throw new RuleViolationException("description", "portfolio.error.descriptionTooLong",
					"description must have at most " + DESCRIPTION_MAX + " characters", DESCRIPTION_MAX);
		}
		return description.strip();
	}

	/** A reason for a change: 1 to 1000 characters, not only spaces. */
	static String reason(String field, String reason) {
		if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
			throw new RuleViolationException(field, "portfolio.error.reason",
					"a reason of 1 to " + REASON_MAX + " characters is required", REASON_MAX);
		}
		return reason.strip();
	}

}
