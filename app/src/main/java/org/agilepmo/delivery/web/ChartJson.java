package org.agilepmo.delivery.web;

import java.util.List;
import java.util.function.Function;

/**
 * Chart data as JSON for the {@code data-chart} attribute that delivery.js hands to
 * ECharts: category labels and named numeric series.
 */
final class ChartJson {

	private final StringBuilder json = new StringBuilder("{");

	private boolean firstSeries = true;

	static <T> ChartJson labels(List<T> rows, Function<T, String> label) {
		return labels(rows, label, null);
	}

	/**
	 * Labels, and for each the page a click on its bar or point leads to (or
	 * {@code null}): charts.js follows it.
	 */
	static <T> ChartJson labels(List<T> rows, Function<T, String> label, Function<T, String> link) {
		ChartJson chart = new ChartJson();
		chart.json.append("\"labels\":[");
		for (int i = 0; i < rows.size(); i++) {
			chart.json.append(i == 0 ? "" : ",").append(quote(label.apply(rows.get(i))));
		}
		if (link != null) {
			chart.json.append("],\"links\":[");
			for (int i = 0; i < rows.size(); i++) {
				chart.json.append(i == 0 ? "" : ",").append(quote(link.apply(rows.get(i))));
			}
		}
		chart.json.append("],\"series\":[");
		return chart;
	}

	<T> ChartJson series(String name, String kind, List<T> rows, Function<T, Number> value) {
		this.json.append(this.firstSeries ? "" : ",")
			.append("{\"name\":")
			.append(quote(name))
			.append(",\"type\":")
			.append(quote(kind))
			.append(",\"data\":[");
		for (int i = 0; i < rows.size(); i++) {
			Number n = value.apply(rows.get(i));
			this.json.append(i == 0 ? "" : ",").append(n == null ? "null" : n.toString());
		}
		this.json.append("]}");
		this.firstSeries = false;
		return this;
	}

	String build() {
		return this.json + "]}";
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : (text == null ? "" : text).toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
