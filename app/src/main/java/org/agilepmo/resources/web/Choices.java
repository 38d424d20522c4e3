package org.agilepmo.resources.web;

import java.util.Locale;

import org.agilepmo.resources.internal.Granularity;
import org.agilepmo.resources.internal.GroupBy;
import org.agilepmo.shared.RuleViolationException;

/** The words the capacity figures take for their rows and columns, in any case. */
final class Choices {

	private Choices() {
	}

	static GroupBy groupBy(String text) {
		try {
			return GroupBy.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new RuleViolationException("groupBy", "resources.error.groupBy", "person, centre or skill");
		}
	}

	static Granularity granularity(String text) {
		try {
			return Granularity.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new RuleViolationException("granularity", "resources.error.granularity", "week or month");
		}
	}

}
