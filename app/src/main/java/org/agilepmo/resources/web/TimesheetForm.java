package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.resources.internal.LineKind;
import org.agilepmo.resources.internal.TimesheetLine;
import org.agilepmo.resources.internal.TimesheetLineDraft;
import org.agilepmo.resources.internal.TimesheetView;
import org.agilepmo.resources.internal.WorkCategory;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The week grid as the person fills it in: one row per thing worked on (chosen as
 * {@code project:12}, {@code plan-activity:5}, {@code delivery-item:9} or
 * {@code other:TRAINING}) with the hours of each day, Monday first. Rows with nothing
 * chosen and no hours are left out; a few empty rows are offered for new work.
 */
public class TimesheetForm {

	/** Empty rows offered below the week's lines. */
	static final int SPARE_ROWS = 3;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate week;

	private Long version;

	private List<Row> lines = new ArrayList<>();

	public static TimesheetForm of(LocalDate week, TimesheetView view) {
		TimesheetForm form = new TimesheetForm();
		form.week = week;
		if (view != null) {
			form.version = view.sheet().version();
			for (TimesheetLine line : view.lines()) {
				Row row = new Row();
				row.setWhat(key(line));
				row.setHours(new ArrayList<>(line.hours().stream().map(BigDecimal::stripTrailingZeros).toList()));
				form.lines.add(row);
			}
		}
		form.pad();
		return form;
	}

	/** Adds empty rows up to the spare ones, each with seven days. */
	void pad() {
		for (Row row : this.lines) {
			while (row.getHours().size() < 7) {
				row.getHours().add(null);
			}
		}
		long empty = this.lines.stream().filter(Row::isEmpty).count();
		for (long i = empty; i < SPARE_ROWS; i++) {
			this.lines.add(new Row());
		}
	}

	static String key(TimesheetLine line) {
		return switch (line.kind()) {
			case PROJECT -> "project:" + line.projectId();
			case ACTIVITY -> "plan-activity:" + line.activityId();
			case ITEM -> "delivery-item:" + line.itemId();
			case OTHER -> "other:" + line.category();
		};
	}

	/**
	 * The rows to record, in order; a row with hours but nothing chosen is kept (and
	 * refused by the service, naming it).
	 */
	List<TimesheetLineDraft> drafts() {
		List<TimesheetLineDraft> out = new ArrayList<>();
		for (Row row : this.lines) {
			if (!row.isEmpty()) {
				out.add(row.draft());
			}
		}
		return out;
	}

	public LocalDate getWeek() {
		return this.week;
	}

	public void setWeek(LocalDate week) {
		this.week = week;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getLines() {
		return this.lines;
	}

	public void setLines(List<Row> lines) {
		this.lines = lines;
	}

	/** One row of the grid. */
	public static class Row {

		private String what;

		private List<BigDecimal> hours = new ArrayList<>(java.util.Collections.nCopies(7, null));

		boolean isEmpty() {
			return (this.what == null || this.what.isBlank())
					&& this.hours.stream().allMatch(h -> h == null || h.signum() == 0);
		}

		TimesheetLineDraft draft() {
			String w = this.what == null ? "" : this.what.strip();
			int colon = w.lastIndexOf(':');
			String kind = colon < 0 ? "" : w.substring(0, colon);
			String value = colon < 0 ? "" : w.substring(colon + 1);
			LineKind lineKind = switch (kind) {
				case "project" -> LineKind.PROJECT;
				case "plan-activity" -> LineKind.ACTIVITY;
				case "delivery-item" -> LineKind.ITEM;
				case "other" -> LineKind.OTHER;
				default -> null;
			};
			Long ref = lineKind != null && lineKind != LineKind.OTHER && value.matches("\\d{1,18}")
					? Long.valueOf(value) : null;
			WorkCategory category = lineKind == LineKind.OTHER ? category(value) : null;
			return new TimesheetLineDraft(lineKind, ref, category, this.hours);
		}

		private static WorkCategory category(String value) {
			for (WorkCategory c : WorkCategory.values()) {
				if (c.name().equals(value)) {
					return c;
				}
			}
			return null;
		}

		/** The row's hours in the week. */
		public BigDecimal getTotal() {
			return this.hours.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public String getWhat() {
			return this.what;
		}

		public void setWhat(String what) {
			this.what = what;
		}

		public List<BigDecimal> getHours() {
			return this.hours;
		}

		public void setHours(List<BigDecimal> hours) {
			this.hours = hours;
		}

	}

}
