package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a week as the person writes it: what the hours are on (a project, an
 * activity, a backlog item, or a category of non-project work) and the hours of each day,
 * Monday first. Missing days count as zero.
 *
 * @param kind what the hours are on
 * @param ref the project's, activity's or item's id; {@code null} for non-project work
 * @param category the category of non-project work, else {@code null}
 * @param hours the hours from Monday to Sunday
 */
public record TimesheetLineDraft(LineKind kind, Long ref, WorkCategory category, List<BigDecimal> hours) {

	public TimesheetLineDraft {
		hours = hours == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(hours));
	}

	public static TimesheetLineDraft other(WorkCategory category, String... hours) {
		return new TimesheetLineDraft(LineKind.OTHER, null, category, decimals(hours));
	}

	public static TimesheetLineDraft on(LineKind kind, long ref, String... hours) {
		return new TimesheetLineDraft(kind, ref, null, decimals(hours));
	}

	private static List<BigDecimal> decimals(String... hours) {
		return java.util.Arrays.stream(hours).map(BigDecimal::new).toList();
	}

}
