package org.agilepmo.governance.internal;

import org.agilepmo.shared.RuleViolationException;

/** Field rules for evidence links, notes and waiver reasons. */
final class Evidence {

	private Evidence() {
	}

	static String link(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String u = url.strip();
		if (u.length() > 2000 || !(u.startsWith("https://") || u.startsWith("http://"))) {
			throw new RuleViolationException("evidenceUrl", "governance.error.link",
					"evidence must be an http(s) link of at most 2000 characters");
		}
		return u;
	}

	static String note(String field, String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw new RuleViolationException(field, "governance.error.reason",
						"a reason of 1 to 1000 characters is required");
			}
			return null;
		}
		String t = text.strip();
		if (t.length() > 1000) {
			throw new RuleViolationException(field, "governance.error.reason",
					"a reason of 1 to 1000 characters is required");
		}
		return t;
	}

}
