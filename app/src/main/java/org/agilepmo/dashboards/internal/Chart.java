package org.agilepmo.dashboards.internal;

import java.util.List;

/**
 * One chart of a dashboard and the table it is drawn from: a row per bar (its label, the
 * list a click on it leads to, one value per series). Labels and series are message keys
 * where the platform names them (a stage, a health), else the text itself (a project's
 * code).
 *
 * @param id the chart's name in its dashboard, in the CSV's address ({@code by-stage})
 * @param titleKey the message key of its title
 * @param labelKey the message key of the label column's header
 * @param seriesKeys the message keys of the value columns, one per series
 * @param money whether the values are amounts (two decimals)
 * @param currency the currency of the amounts, or {@code null}
 */
public record Chart(String id, String titleKey, String labelKey, List<String> seriesKeys, List<Row> rows, boolean money,
		String currency) {

	public Chart {
		seriesKeys = List.copyOf(seriesKeys);
		rows = List.copyOf(rows);
	}

	/**
	 * A bar (or a group of bars, one per series).
	 *
	 * @param label the text shown, or a message key when {@code translated}
	 * @param colour the bar's colour when it means something (a health), else
	 * {@code null}
	 */
	public record Row(String label, boolean translated, String link, List<Number> values, String colour) {

		public Row {
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
		}

		public static Row of(String label, String link, Number... values) {
			return new Row(label, false, link, java.util.Arrays.asList(values), null);
		}

		public static Row named(String key, String link, Number... values) {
			return new Row(key, true, link, java.util.Arrays.asList(values), null);
		}

		public Row colour(String colour) {
			return new Row(this.label, this.translated, this.link, this.values, colour);
		}

	}

	/** One series, drawn straight from the table; several, drawn from JSON. */
	public boolean single() {
		return this.seriesKeys.size() == 1;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
