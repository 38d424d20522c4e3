package org.agilepmo.resources.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.resources.internal.CapacityFigures;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the heatmap's body rows: one header cell per row and one linked cell per column,
 * with the load in percent, a mark and, for screen readers, the hours and the band in
 * words. Written here rather than by the template engine because a heatmap of 500 people
 * over two years has 52,000 cells, which a template draws several times slower (ADR 0015,
 * docs/PERFORMANCE.md); every text is escaped here.
 */
@Component
public class HeatmapRows {

	private final MessageSource messages;

	private final ResourcesTexts texts;

	HeatmapRows(MessageSource messages, ResourcesTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	/**
	 * The rows of the table body.
	 * @param base the drill-down's address up to the row, e.g.
	 * {@code /resources/capacity/person/}
	 * @param rowLink the address of a row's page up to its id, or {@code null} for none
	 */
	public String rows(CapacityFigures figures, String base, String granularity, String rowLink, String noLabel) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<CapacityFigures.Band, String> words = new EnumMap<>(CapacityFigures.Band.class);
		for (CapacityFigures.Band band : CapacityFigures.Band.values()) {
			words.put(band, HtmlUtils.htmlEscape(this.messages.getMessage("resources.band." + band, null, locale)));
		}
		String hours = HtmlUtils.htmlEscape(this.messages.getMessage("resources.hoursOf", null, locale));
		String[] starts = new String[figures.columns().size()];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = figures.columns().get(i).first().toString();
		}
		StringBuilder out = new StringBuilder(figures.rows().size() * (starts.length * 110 + 100));
		for (CapacityFigures.Row row : figures.rows()) {
			String label = HtmlUtils.htmlEscape(row.label().isEmpty() ? noLabel : row.label());
			out.append("<tr><th scope=\"row\">");
			if (rowLink != null) {
				out.append("<a href=\"").append(rowLink).append(row.id()).append("\">").append(label).append("</a>");
			}
			else {
				out.append(label);
			}
			out.append("</th>");
			String rowBase = base + row.id() + "/" + granularity + "/";
			for (int i = 0; i < starts.length; i++) {
				CapacityFigures.Cell cell = row.cell(i);
				CapacityFigures.Band band = cell.band();
				out.append("<td class=\"hm-")
					.append(band.name())
					.append("\"><a href=\"")
					.append(rowBase)
					.append(starts[i])
					.append("\">");
				if (band == CapacityFigures.Band.NONE) {
					out.append('–');
				}
				else {
					out.append(cell.percent()).append(" %");
				}
				if (band == CapacityFigures.Band.OVER) {
					out.append('▲');
				}
				else if (band == CapacityFigures.Band.UNDER) {
					out.append('▽');
				}
				out.append("<span class=\"visually-hidden\">, ")
					.append(this.texts.hours(cell.demand()))
					.append(" / ")
					.append(this.texts.hours(cell.capacity()))
					.append(' ')
					.append(hours)
					.append(", ")
					.append(words.get(band))
					.append("</span></a></td>");
			}
			out.append("</tr>");
		}
		return out.toString();
	}

}
