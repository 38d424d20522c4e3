package org.agilepmo.planning.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.PlanView;

/**
 * The rows the plan page shows, in WBS order: every activity, or only the critical or
 * late ones, without the activities inside collapsed summaries. The page draws a window
 * of these rows at a time ({@link #window}); the rest are fetched as the person scrolls.
 */
final class PlanRows {

	/** Rows drawn per window of the table and the chart. */
	static final int WINDOW = 32;

	/** The most rows one request may ask for. */
	static final int MAX_WINDOW = 400;

	/** Which activities to show. */
	enum Show {

		ALL, CRITICAL, LATE;

		static Show of(String value) {
			for (Show show : values()) {
				if (show.name().equalsIgnoreCase(value)) {
					return show;
				}
			}
			return ALL;
		}

	}

	private PlanRows() {
	}

	/** The collapsed summaries of a request: ids separated by commas (at most 10,000). */
	static Set<Long> collapsed(String value) {
		Set<Long> ids = new HashSet<>();
		if (value == null || value.isBlank()) {
			return ids;
		}
		for (String part : value.split(",", 10_001)) {
			if (part.matches("\\d{1,18}")) {
				ids.add(Long.parseLong(part));
			}
		}
		return ids;
	}

	static List<ActivityView> of(PlanView plan, Show show, Set<Long> collapsed) {
		if (show == Show.ALL && collapsed.isEmpty()) {
			return plan.activities();
		}
		Set<Long> hidden = new HashSet<>();
		List<ActivityView> rows = new ArrayList<>();
		for (ActivityView a : plan.activities()) {
			if (a.parentId() != null && (hidden.contains(a.parentId()) || collapsed.contains(a.parentId()))) {
				hidden.add(a.id());
				continue;
			}
			if (show == Show.CRITICAL && !a.critical()) {
				continue;
			}
			if (show == Show.LATE && !late(a, plan.statusDate())) {
				continue;
			}
			rows.add(a);
		}
		return rows;
	}

	/**
	 * Late: it misses its deadline, has negative float, or should have started or
	 * finished by the status date and has not.
	 */
	static boolean late(ActivityView a, LocalDateTime statusDate) {
		if (a.isSummary()) {
			return false;
		}
		if (a.deadline() != null && a.finish().isAfter(a.deadline())) {
			return true;
		}
		if (a.totalFloat() < 0) {
			return true;
		}
		if (statusDate == null) {
			return false;
		}
		return (a.actualFinish() == null && a.finish().isBefore(statusDate))
				|| (a.actualStart() == null && a.start().isBefore(statusDate));
	}

	/** The rows from {@code from} on, at most {@code count} of them. */
	static List<ActivityView> window(List<ActivityView> rows, int from, int count) {
		int start = Math.max(0, Math.min(from, rows.size()));
		int end = Math.min(rows.size(), start + Math.max(0, Math.min(count, MAX_WINDOW)));
		return rows.subList(start, end);
	}

}
