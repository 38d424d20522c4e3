package org.agilepmo.resources.internal;

import java.time.LocalDate;

import org.agilepmo.shared.DateWindow;
import org.agilepmo.shared.RuleViolationException;

/** A period of whole days, both included, checked where people give one. */
record Period(LocalDate first, LocalDate last) {

	static Period of(LocalDate first, LocalDate last) {
		if (first == null) {
			throw new RuleViolationException("firstDay", "resources.error.required", "a first day is required");
		}
		if (last == null) {
			throw new RuleViolationException("lastDay", "resources.error.required", "a last day is required");
		}
		DateWindow.check("firstDay", first);
		DateWindow.check("lastDay", last);
		if (last.isBefore(first)) {
			throw new RuleViolationException("lastDay", "resources.error.period", "the last day is before the first");
		}
		if (first.plusYears(10).isBefore(last)) {
			throw new RuleViolationException("lastDay", "resources.error.periodTooLong",
					"a period is at most ten years");
		}
		return new Period(first, last);
	}

}
