package org.agilepmo.dashboards.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.dashboards.internal.Chart;
import org.agilepmo.dashboards.internal.Dashboard;
import org.agilepmo.dashboards.internal.DashboardFilter;
import org.agilepmo.dashboards.internal.DashboardService;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.SheetWriter;
import org.agilepmo.web.SheetDownloads;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards' pages and each chart's data as CSV (the chart's table, in the reader's
 * language). Every chart is drawn from the table beside it, which stays on the page for
 * screen readers and keyboards; a click on a bar follows its row's link to the list
 * behind it.
 */
@Controller
class DashboardPages {

	private final DashboardService dashboards;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final org.agilepmo.shared.pdf.PdfDocuments documents;

	DashboardPages(DashboardService dashboards, MessageSource messages, ObjectMapper json,
			org.agilepmo.shared.pdf.PdfDocuments documents) {
		this.documents = documents;
		this.dashboards = dashboards;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/dashboards")
	String index(Model model) {
		model.addAttribute("index", this.dashboards.index(CurrentActor.require()));
		return "dashboards/index";
	}

	@GetMapping("/dashboards/portfolio")
	String portfolio(@RequestParam(required = false) Long portfolio, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) Health health, Model model) {
		DashboardFilter filter = new DashboardFilter(portfolio, programme, stage, health);
		model.addAttribute("filter", filter);
		model.addAttribute("index", this.dashboards.index(CurrentActor.require()));
		return show("portfolio", this.dashboards.portfolio(CurrentActor.require(), filter), "/dashboards/portfolio",
				filter.query(), model);
	}

	@GetMapping("/dashboards/portfolio/{chart}.csv")
	ResponseEntity<byte[]> portfolioCsv(@PathVariable String chart, @RequestParam(required = false) Long portfolio,
			@RequestParam(required = false) Long programme, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) Health health) {
		return csv(this.dashboards.portfolio(CurrentActor.require(),
				new DashboardFilter(portfolio, programme, stage, health)), "portfolio", chart);
	}

	/**
	 * One portfolio's dashboard as a PDF in the reader's language: each chart's table
	 * with its values drawn as bars, and the lists beside them; only what the reader may
	 * see.
	 */
	@GetMapping(value = "/dashboards/portfolio/{id}.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> portfolioPdf(@PathVariable long id, Locale locale) {
		Dashboard dashboard = this.dashboards.portfolio(CurrentActor.require(), id);
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("dashboard", dashboard);
		model.put("bars", bars(dashboard));
		model.put("today", java.time.LocalDate.now(java.time.ZoneOffset.UTC));
		byte[] pdf = this.documents.render("dashboards/dashboard-document", model, locale);
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename("portfolio-" + id + "-dashboard.pdf")
						.build()
						.toString())
			.body(pdf);
	}

	/**
	 * Each value as a share of its chart's largest, in percent, for the bars the document
	 * draws beside the figures: chart id → one list of widths per row.
	 */
	private static Map<String, List<List<Integer>>> bars(Dashboard dashboard) {
		Map<String, List<List<Integer>>> bars = new LinkedHashMap<>();
		for (Chart chart : dashboard.charts()) {
			double max = 0;
			for (Chart.Row row : chart.rows()) {
				for (Number v : row.values()) {
					max = Math.max(max, v == null ? 0 : v.doubleValue());
				}
			}
			List<List<Integer>> widths = new ArrayList<>();
			for (Chart.Row row : chart.rows()) {
				List<Integer> w = new ArrayList<>();
				for (Number v : row.values()) {
					w.add(max <= 0 || v == null ? 0 : (int) Math.round(100 * v.doubleValue() / max));
				}
				widths.add(w);
			}
			bars.put(chart.id(), widths);
		}
		return bars;
	}

	@GetMapping("/dashboards/programmes/{id}")
	String programme(@PathVariable long id, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) Health health, Model model) {
		DashboardFilter filter = new DashboardFilter(null, null, stage, health);
		model.addAttribute("filter", filter);
		return show("programme", this.dashboards.programme(CurrentActor.require(), id, filter),
				"/dashboards/programmes/" + id, filter.query(), model);
	}

	@GetMapping("/dashboards/programmes/{id}/{chart}.csv")
	ResponseEntity<byte[]> programmeCsv(@PathVariable long id, @PathVariable String chart,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) Health health) {
		return csv(
				this.dashboards.programme(CurrentActor.require(), id, new DashboardFilter(null, null, stage, health)),
				"programme-" + id, chart);
	}

	@GetMapping("/dashboards/projects/{id}")
	String project(@PathVariable long id, Model model) {
		return show("project", this.dashboards.project(CurrentActor.require(), id), "/dashboards/projects/" + id, "",
				model);
	}

	@GetMapping("/dashboards/projects/{id}/{chart}.csv")
	ResponseEntity<byte[]> projectCsv(@PathVariable long id, @PathVariable String chart) {
		return csv(this.dashboards.project(CurrentActor.require(), id), "project-" + id, chart);
	}

	@GetMapping("/dashboards/tribes/{id}")
	String tribe(@PathVariable long id, Model model) {
		return show("tribe", this.dashboards.tribe(CurrentActor.require(), id), "/dashboards/tribes/" + id, "", model);
	}

	@GetMapping("/dashboards/tribes/{id}/{chart}.csv")
	ResponseEntity<byte[]> tribeCsv(@PathVariable long id, @PathVariable String chart) {
		return csv(this.dashboards.tribe(CurrentActor.require(), id), "tribe-" + id, chart);
	}

	private String show(String kind, Dashboard dashboard, String path, String query, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("path", path);
		model.addAttribute("query", query);
		Map<String, String> charts = new LinkedHashMap<>();
		for (Chart chart : dashboard.charts()) {
			if (!chart.single()) {
				charts.put(chart.id(), chartJson(chart));
			}
		}
		model.addAttribute("chartJson", charts);
		return "dashboards/dashboard";
	}

	/** A chart of several series, as charts.js draws it: labels, links and series. */
	private String chartJson(Chart chart) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> labels = new ArrayList<>();
		List<String> links = new ArrayList<>();
		for (Chart.Row row : chart.rows()) {
			labels.add(label(row, locale));
			links.add(row.link());
		}
		List<Map<String, Object>> series = new ArrayList<>();
		for (int s = 0; s < chart.seriesKeys().size(); s++) {
			List<Number> data = new ArrayList<>();
			for (Chart.Row row : chart.rows()) {
				data.add(row.values().get(s));
			}
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", this.messages.getMessage(chart.seriesKeys().get(s), null, locale));
			one.put("type", "bar");
			one.put("data", data);
			series.add(one);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("labels", labels);
		document.put("links", links);
		document.put("series", series);
		return this.json.writeValueAsString(document);
	}

	private ResponseEntity<byte[]> csv(Dashboard dashboard, String name, String id) {
		Chart chart = dashboard.chart(id).orElseThrow(() -> new NotFoundException("chart", id));
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headers = new ArrayList<>();
		headers.add(this.messages.getMessage(chart.labelKey(), null, locale));
		for (String key : chart.seriesKeys()) {
			String header = this.messages.getMessage(key, null, locale);
			headers.add(chart.currency() == null ? header : header + " (" + chart.currency() + ")");
		}
		SheetWriter.Builder table = SheetWriter.table(id, headers);
		for (Chart.Row row : chart.rows()) {
			List<Object> cells = new ArrayList<>();
			cells.add(label(row, locale));
			cells.addAll(row.values());
			table.row(cells);
		}
		return SheetDownloads.of(SheetWriter.Format.CSV, name + "-" + id, table.build());
	}

	private String label(Chart.Row row, Locale locale) {
		return row.translated() ? this.messages.getMessage(row.label(), null, locale) : row.label();
	}

}
