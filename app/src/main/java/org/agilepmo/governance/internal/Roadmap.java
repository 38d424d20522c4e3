package org.agilepmo.governance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.portfolio.ProjectOverview;

/**
 * Projects on a timeline grouped by portfolio and programme: each dated project becomes a
 * bar placed in percent of the span from the earliest start (rounded down to a month) to
 * the latest finish (rounded up), so that the page draws it without arithmetic.
 */
public record Roadmap(LocalDate from, LocalDate to, List<Group> groups, List<Tick> ticks) {

	/** A portfolio, or a programme in it, and its projects in start order. */
	public record Group(String portfolio, String programme, List<Bar> bars) {

	}

	/**
	 * A project and where its bar goes (percent of the width); undated projects have no
	 * bar.
	 */
	public record Bar(ProjectOverview project, double x, double width, boolean dated) {

	}

	/** A month boundary on the axis. */
	public record Tick(LocalDate month, double x) {

	}

	public static Roadmap of(List<ProjectOverview> projects) {
		LocalDate min = null;
		LocalDate max = null;
		for (ProjectOverview p : projects) {
			if (p.plannedStart() != null && p.plannedFinish() != null) {
				min = (min == null || p.plannedStart().isBefore(min)) ? p.plannedStart() : min;
				max = (max == null || p.plannedFinish().isAfter(max)) ? p.plannedFinish() : max;
			}
		}
		LocalDate from = min == null ? null : min.withDayOfMonth(1);
		LocalDate to = max == null ? null : max.withDayOfMonth(1).plusMonths(1);
		long span = from == null ? 0 : Math.max(1, ChronoUnit.DAYS.between(from, to));
		Map<String, List<Bar>> byGroup = new LinkedHashMap<>();
		Map<String, String[]> names = new LinkedHashMap<>();
		List<ProjectOverview> sorted = new ArrayList<>(projects);
		sorted.sort(java.util.Comparator.comparing((ProjectOverview p) -> String.valueOf(p.portfolioName()))
			.thenComparing(p -> p.programmeName() == null ? "" : p.programmeName())
			.thenComparing(p -> p.plannedStart() == null ? LocalDate.MAX : p.plannedStart())
			.thenComparing(ProjectOverview::code));
		for (ProjectOverview p : sorted) {
			String key = p.portfolioId() + "/" + (p.programmeId() == null ? "" : p.programmeId());
			names.putIfAbsent(key, new String[] { p.portfolioName(), p.programmeName() });
			boolean dated = from != null && p.plannedStart() != null && p.plannedFinish() != null;
			double x = dated ? percent(ChronoUnit.DAYS.between(from, p.plannedStart()), span) : 0;
			double width = dated
					? Math.max(0.5, percent(ChronoUnit.DAYS.between(p.plannedStart(), p.plannedFinish()) + 1, span))
					: 0;
			byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(new Bar(p, x, Math.min(width, 100 - x), dated));
		}
		List<Group> groups = new ArrayList<>();
		byGroup.forEach((key, bars) -> groups.add(new Group(names.get(key)[0], names.get(key)[1], bars)));
		List<Tick> ticks = new ArrayList<>();
		if (from != null) {
			long months = ChronoUnit.MONTHS.between(from, to);
			long step = Math.max(1, months / 12);
			for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(step)) {
				ticks.add(new Tick(m, percent(ChronoUnit.DAYS.between(from, m), span)));
			}
		}
		return new Roadmap(from, to, groups, ticks);
	}

	private static double percent(long days, long span) {
		return Math.round(days * 10000.0 / span) / 100.0;
	}

}
