package org.agilepmo.partners.internal;

import org.agilepmo.shared.RuleViolationException;

/** The checks every form of the module makes on what people type. */
final class Fields {

	private Fields() {
	}

	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new RuleViolationException(field, "partners.error.required", "is required");
		}
		return optional(field, value, max);
	}

	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new RuleViolationException(field, "partners.error.tooLong", "is too long", max);
		}
		return text;
	}

	static int level(String field, Integer value) {
		if (value == null || value < 1 || value > 5) {
			throw new RuleViolationException(field, "partners.error.level", "must be from 1 to 5");
		}
		return value;
	}

	static String email(String field, String value) {
		String text = optional(field, value, 254);
		if (text != null && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new RuleViolationException(field, "partners.error.email", "is not an e-mail address");
		}
		return text;
	}

	static String phone(String field, String value) {
		String text = optional(field, value, 40);
		if (text != null && !text.matches("\\+?[0-9 ()./-]{4,40}")) {
			throw new RuleViolationException(field, "partners.error.phone", "is not a phone number");
		}
		return text;
	}

}
