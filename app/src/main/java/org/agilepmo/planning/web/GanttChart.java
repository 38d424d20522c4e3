package org.agilepmo.planning.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.DependencyView;
import org.agilepmo.planning.internal.PlanView;

/**
 * Draws a plan as one SVG: a row per activity with its bar (tasks), bracket (summaries)
 * or diamond (milestones), the critical ones in their own colour, baseline bars under
 * them, dependency arrows, and today's line. Only simple elements and CSS classes, no
 * script, so that thousands of rows scroll smoothly and print as they are.
 * <p>
 * The chart is as tall as all its rows but may draw only a window of them (the plan page
 * draws the rows in view and fetches the next window as the person scrolls). Right to
 * left, time runs from right to left: the bars, links and grid are mirrored, and the
 * names and scale are written right to left from the right-hand edge.
 */
final class GanttChart {

	/** How much time one screen width shows. */
	enum Zoom {

		DAY(32), WEEK(8), MONTH(2);

		final double pixelsPerDay;

		Zoom(double pixelsPerDay) {
			this.pixelsPerDay = pixelsPerDay;
		}

		static Zoom of(String value) {
			for (Zoom zoom : values()) {
				if (zoom.name().equalsIgnoreCase(value)) {
					return zoom;
				}
			}
			return WEEK;
		}

	}

	static final int ROW = 22;

	static final int HEADER = 40;

	static final int LABELS = 260;

	private GanttChart() {
	}

	/**
	 * The chart's SVG markup.
	 * @param baseline planned start and finish per activity id of the baseline to show,
	 * or null
	 */
	static String svg(PlanView plan, Zoom zoom, Map<Long, LocalDateTime[]> baseline, LocalDate today, Locale locale,
			String description) {
		return svg(plan, plan.activities(), 0, plan.activities().size(), zoom, baseline, today, locale, description,
				false);
	}

	/**
	 * The chart of {@code shown} (all the plan's activities, or some of them) drawing the
	 * rows from {@code fromRow} to {@code fromRow + rowCount}, left to right or right to
	 * left.
	 */
	static String svg(PlanView plan, java.util.List<ActivityView> shown, int fromRow, int rowCount, Zoom zoom,
			Map<Long, LocalDateTime[]> baseline, LocalDate today, Locale locale, String description, boolean rtl) {
		LocalDateTime first = plan.projectStart();
		LocalDateTime last = plan.projectFinish();
		for (ActivityView a : plan.activities()) {
			if (a.start().isBefore(first)) {
				first = a.start();
			}
			if (a.finish().isAfter(last)) {
				last = a.finish();
			}
		}
		if (baseline != null) {
			for (LocalDateTime[] dates : baseline.values()) {
				first = dates[0].isBefore(first) ? dates[0] : first;
				last = dates[1].isAfter(last) ? dates[1] : last;
			}
		}
		LocalDate from = first.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (zoom == Zoom.MONTH) {
			from = first.toLocalDate().withDayOfMonth(1);
		}
		LocalDate to = last.toLocalDate().plusDays(zoom == Zoom.MONTH ? 31 : 8);
		long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
		double ppd = zoom.pixelsPerDay;
		int width = (int) Math.ceil(LABELS + days * ppd) + 10;
		int rows = shown.size();
		int firstRow = Math.max(0, Math.min(fromRow, rows));
		int lastRow = Math.min(rows, firstRow + Math.max(0, rowCount));
		int height = HEADER + Math.max(1, rows) * ROW + 10;
		StringBuilder texts = new StringBuilder(64 + (lastRow - firstRow) * 80);
		LocalDateTime origin = from.atStartOfDay();
		StringBuilder svg = new StringBuilder(256 + (lastRow - firstRow) * 420);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" id=\"gantt\" role=\"img\" direction=\"")
			.append(rtl ? "rtl" : "ltr")
			.append("\" data-rows=\"")
			.append(rows)
			.append("\" data-from=\"")
			.append(firstRow)
			.append("\" data-count=\"")
			.append(lastRow - firstRow)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"gantt-title\" data-zoom=\"")
			.append(zoom.name())
			.append("\"><title id=\"gantt-title\">")
			.append(escape(description))
			.append("</title>");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" markerWidth=\"6\" ")
			.append("markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0L6,3L0,6z\" class=\"g-arrowhead\"/></marker></defs>");
		if (rtl) {
			svg.append("<g transform=\"matrix(-1 0 0 1 ").append(width).append(" 0)\">");
		}
		header(svg, texts, from, to, ppd, zoom, height, locale, rtl ? width : -1);
		for (int r = firstRow; r < lastRow; r++) {
			if (r % 2 == 1) {
				svg.append("<rect class=\"g-stripe\" x=\"0\" y=\"")
					.append(HEADER + r * ROW)
					.append("\" width=\"")
					.append(width)
					.append("\" height=\"")
					.append(ROW)
					.append("\"/>");
			}
		}
		Map<Long, Integer> rowOf = new HashMap<>(rows * 2);
		for (int r = 0; r < rows; r++) {
			rowOf.put(shown.get(r).id(), r);
		}
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		for (int r = firstRow; r < lastRow; r++) {
			ActivityView a = shown.get(r);
			int top = HEADER + r * ROW;
			int labelX = 6 + a.level() * 12;
			texts.append("<text class=\"g-label")
				.append(a.isSummary() ? " summary" : "")
				.append("\" x=\"")
				.append(rtl ? width - labelX : labelX)
				.append("\" y=\"")
				.append(top + 15)
				.append("\">")
				.append(escape(shorten(a.wbs() + " " + a.name(), 38 - a.level() * 2)))
				.append("</text>");
			if (baseline != null && baseline.containsKey(a.id())) {
				LocalDateTime[] b = baseline.get(a.id());
				double bx = x(origin, b[0], ppd);
				double bw = Math.max(2, x(origin, b[1], ppd) - bx);
				svg.append("<rect class=\"g-baseline\" x=\"")
					.append(fmt(bx))
					.append("\" y=\"")
					.append(top + 15)
					.append("\" width=\"")
					.append(fmt(bw))
					.append("\" height=\"4\"/>");
			}
			double sx = x(origin, a.start(), ppd);
			double fx = x(origin, a.finish(), ppd);
			String title = a.name() + ": " + dates.format(a.start()) + " – " + dates.format(a.finish());
			String cls = a.critical() ? " critical" : "";
			svg.append("<g class=\"g-row").append(cls).append("\" data-activity=\"").append(a.id()).append("\">");
			svg.append("<title>").append(escape(title)).append("</title>");
			if (a.isSummary()) {
				svg.append("<path class=\"g-summary\" d=\"M")
					.append(fmt(sx))
					.append(',')
					.append(top + 5)
					.append("H")
					.append(fmt(Math.max(fx, sx + 2)))
					.append("V")
					.append(top + 14)
					.append("l-4,-4H")
					.append(fmt(sx + 4))
					.append("l-4,4z\"/>");
			}
			else if (a.isMilestone()) {
				svg.append("<polygon class=\"g-milestone")
					.append(cls)
					.append("\" points=\"")
					.append(fmt(sx))
					.append(',')
					.append(top + 4)
					.append(' ')
					.append(fmt(sx + 7))
					.append(',')
					.append(top + 11)
					.append(' ')
					.append(fmt(sx))
					.append(',')
					.append(top + 18)
					.append(' ')
					.append(fmt(sx - 7))
					.append(',')
					.append(top + 11)
					.append("\"/>");
			}
			else {
				svg.append("<rect class=\"g-bar")
					.append(cls)
					.append("\" x=\"")
					.append(fmt(sx))
					.append("\" y=\"")
					.append(top + 4)
					.append("\" width=\"")
					.append(fmt(Math.max(2, fx - sx)))
					.append("\" height=\"11\" rx=\"2\"/>");
				if (a.percentComplete() > 0) {
					svg.append("<rect class=\"g-progress\" x=\"")
						.append(fmt(sx))
						.append("\" y=\"")
						.append(top + 8)
						.append("\" width=\"")
						.append(fmt(Math.max(1, (fx - sx) * a.percentComplete() / 100.0)))
						.append("\" height=\"3\"/>");
				}
			}
			svg.append("</g>");
		}
		for (DependencyView d : plan.dependencies()) {
			Integer pr = rowOf.get(d.predecessorId());
			Integer sr = rowOf.get(d.successorId());
			if (pr == null || sr == null || ((pr < firstRow || pr >= lastRow) && (sr < firstRow || sr >= lastRow))) {
				continue;
			}
			ActivityView p = shown.get(pr);
			ActivityView s = shown.get(sr);
			boolean fromStart = d.type().name().startsWith("START");
			boolean toFinish = d.type().name().endsWith("FINISH");
			double x1 = x(origin, fromStart ? p.start() : p.finish(), ppd);
			double x2 = x(origin, toFinish ? s.finish() : s.start(), ppd);
			int y1 = HEADER + pr * ROW + 11;
			int y2 = HEADER + sr * ROW + 11;
			double mid = fromStart ? Math.min(x1, x2) - 6 : Math.max(x1 + 6, Math.min(x2 - 6, x1 + 6));
			boolean critical = p.critical() && s.critical();
			svg.append("<path class=\"g-link")
				.append(critical ? " critical" : "")
				.append("\" d=\"M")
				.append(fmt(x1))
				.append(',')
				.append(y1)
				.append("H")
				.append(fmt(mid))
				.append("V")
				.append(y2)
				.append("H")
				.append(fmt(toFinish ? x2 + 1 : x2 - 1))
				.append("\" marker-end=\"url(#arrow)\"/>");
		}
		if (!today.isBefore(from) && today.isBefore(to)) {
			double tx = x(origin, today.atStartOfDay(), ppd);
			svg.append("<line class=\"g-today\" x1=\"")
				.append(fmt(tx))
				.append("\" x2=\"")
				.append(fmt(tx))
				.append("\" y1=\"")
				.append(HEADER - 6)
				.append("\" y2=\"")
				.append(height)
				.append("\"/>");
		}
		if (rtl) {
			svg.append("</g>");
		}
		svg.append(texts);
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * The scale: lines into {@code svg}, words into {@code texts}, mirrored about
	 * {@code mirrorWidth} when it is positive (right to left).
	 */
	private static void header(StringBuilder svg, StringBuilder texts, LocalDate from, LocalDate to, double ppd,
			Zoom zoom, int height, Locale locale, int mirrorWidth) {
		svg.append("<rect class=\"g-header\" x=\"0\" y=\"0\" width=\"100%\" height=\"").append(HEADER).append("\"/>");
		for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
			boolean tick = switch (zoom) {
				case DAY -> true;
				case WEEK -> d.getDayOfWeek() == DayOfWeek.MONDAY;
				case MONTH -> d.getDayOfMonth() == 1;
			};
			if (!tick) {
				continue;
			}
			double x = LABELS + ChronoUnit.DAYS.between(from, d) * ppd;
			svg.append("<line class=\"g-tick\" x1=\"")
				.append(fmt(x))
				.append("\" x2=\"")
				.append(fmt(x))
				.append("\" y1=\"22\" y2=\"")
				.append(height)
				.append("\"/>");
			String label = switch (zoom) {
				case DAY -> String.valueOf(d.getDayOfMonth());
				case WEEK -> d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, locale);
				case MONTH -> d.getMonth().getDisplayName(TextStyle.SHORT, locale);
			};
			texts.append("<text class=\"g-scale\" x=\"")
				.append(fmt((mirrorWidth > 0) ? mirrorWidth - x - 2 : x + 2))
				.append("\" y=\"34\">")
				.append(escape(label))
				.append("</text>");
			boolean roomAtStart = d.equals(from) && ChronoUnit.DAYS.between(d,
					(zoom == Zoom.MONTH) ? d.withDayOfYear(1).plusYears(1) : d.withDayOfMonth(1).plusMonths(1))
					* ppd > 110;
			boolean upper = (zoom == Zoom.MONTH) ? d.getMonthValue() == 1 || roomAtStart
					: d.getDayOfMonth() == 1 || roomAtStart;
			if (upper) {
				String big = (zoom == Zoom.MONTH) ? String.valueOf(d.getYear())
						: d.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + d.getYear();
				texts.append("<text class=\"g-scale g-upper\" x=\"")
					.append(fmt((mirrorWidth > 0) ? mirrorWidth - x - 2 : x + 2))
					.append("\" y=\"15\">")
					.append(escape(big))
					.append("</text>");
			}
		}
	}

	private static double x(LocalDateTime origin, LocalDateTime at, double ppd) {
		return LABELS + ChronoUnit.MINUTES.between(origin, at) / 1440.0 * ppd;
	}

	private static String fmt(double value) {
		long tenths = Math.round(value * 10);
		return (tenths % 10 == 0) ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
	}

	private static String shorten(String text, int max) {
		int limit = Math.max(8, max);
		return (text.length() <= limit) ? text : text.substring(0, limit - 1) + "…";
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
