package org.agilepmo.resources.internal;

import org.agilepmo.shared.RuleViolationException;

/** A skill's proficiency: 1 (notions) to 5 (expert). */
final class Proficiency {

	private Proficiency() {
	}

	static int check(String field, int level) {
		if (level < 1 || level > 5) {
			throw new RuleViolationException(field, "resources.error.proficiency", "a level goes from 1 to 5");
		}
		return level;
	}

}
