package org.agilepmo.planning.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.planning.internal.RiskAnalysisService.RunView;
import tools.jackson.databind.JsonNode;

/**
 * A finished run as the risk analysis page shows it: the finish's and the cost's
 * percentiles, S-curves and histograms, the probability of meeting a deadline, the
 * tornado, the criticality of each activity and the risk events, as rows for the tables
 * and as one document for the charts drawn from them.
 */
record RiskAnalysisReport(RunView run, LocalDateTime plannedFinish, Percentiles finish, CostPercentiles cost,
		List<CurvePoint> curve, List<Bin> histogram, List<CostPoint> costCurve, List<ActivityRow> drivers,
		List<ActivityRow> activities, List<EventRow> events, LocalDate deadline, int deadlinePercent, String currency,
		boolean budgeted) {

	/** The S-curve's points every five percent in the tables. */
	static final int TABLE_STEP = 5;

	record Percentiles(LocalDateTime mean, LocalDateTime p10, LocalDateTime p50, LocalDateTime p80, LocalDateTime p90) {

		static Percentiles of(JsonNode n) {
			return new Percentiles(dateTime(n.get("mean")), dateTime(n.get("p10")), dateTime(n.get("p50")),
					dateTime(n.get("p80")), dateTime(n.get("p90")));
		}

	}

	record CostPercentiles(double mean, double p10, double p50, double p80, double p90) {

		static CostPercentiles of(JsonNode n) {
			return new CostPercentiles(n.path("mean").asDouble(), n.path("p10").asDouble(), n.path("p50").asDouble(),
					n.path("p80").asDouble(), n.path("p90").asDouble());
		}

	}

	record CurvePoint(int percent, LocalDateTime finish) {
	}

	record CostPoint(int percent, double cost) {
	}

	record Bin(LocalDateTime from, LocalDateTime to, int count) {
	}

	record ActivityRow(long activityId, String externalId, String name, double criticality, double correlation,
			double cruciality) {

		public long criticalityPercent() {
			return Math.round(this.criticality * 100);
		}

		public java.math.BigDecimal correlationValue() {
			return java.math.BigDecimal.valueOf(this.correlation);
		}

		public java.math.BigDecimal crucialityValue() {
			return java.math.BigDecimal.valueOf(this.cruciality);
		}

		static ActivityRow of(JsonNode n) {
			return new ActivityRow(n.path("activityId").asLong(), n.path("externalId").asString(null),
					n.path("name").asString(""), number(n.get("criticality")), number(n.get("correlation")),
					number(n.get("cruciality")));
		}

	}

	record EventRow(String code, String title, double probability, double occurred, double finishDelayMinutes,
			double costIncrease) {

		public long probabilityPercent() {
			return Math.round(this.probability * 100);
		}

		public long occurredPercent() {
			return Math.round(this.occurred * 100);
		}

		/** The delay of the mean finish in whole working minutes. */
		public int delayMinutes() {
			return (int) Math.round(this.finishDelayMinutes);
		}

	}

	/** The run's report, or null when it has no results (running, stopped, failed). */
	static RiskAnalysisReport of(RunView run, LocalDate deadline) {
		JsonNode r = run.results();
		if (r == null || r.get("finish") == null) {
			return null;
		}
		JsonNode finish = r.get("finish");
		List<LocalDateTime> points = new ArrayList<>();
		finish.path("curve").forEach(p -> points.add(dateTime(p)));
		List<CurvePoint> curve = new ArrayList<>();
		for (int p = 0; p < points.size(); p++) {
			curve.add(new CurvePoint(p, points.get(p)));
		}
		List<Bin> histogram = new ArrayList<>();
		finish.path("histogram")
			.forEach(b -> histogram
				.add(new Bin(dateTime(b.get("from")), dateTime(b.get("to")), b.path("count").asInt())));
		JsonNode cost = r.path("cost");
		List<CostPoint> costCurve = new ArrayList<>();
		int i = 0;
		for (JsonNode c : cost.path("curve")) {
			costCurve.add(new CostPoint(i++, c.asDouble()));
		}
		List<ActivityRow> drivers = new ArrayList<>();
		r.path("drivers").forEach(a -> drivers.add(ActivityRow.of(a)));
		List<ActivityRow> activities = new ArrayList<>();
		r.path("activities").forEach(a -> activities.add(ActivityRow.of(a)));
		activities.sort((a, b) -> Double.compare(b.criticality(), a.criticality()));
		List<EventRow> events = new ArrayList<>();
		r.path("riskEvents")
			.forEach(e -> events.add(new EventRow(e.path("code").asString(""), e.path("title").asString(""),
					number(e.get("probability")), number(e.get("occurred")), number(e.get("finishDelayMinutes")),
					number(e.get("costIncrease")))));
		LocalDateTime planned = dateTime(r.get("plannedFinish"));
		LocalDate chosen = (deadline != null) ? deadline : (planned != null) ? planned.toLocalDate() : null;
		JsonNode costs = run.inputs().path("costs");
		String currency = costs.path("currency").isString() ? costs.path("currency").asString() : null;
		boolean budgeted = !costs.path("budgetedByActivity").isEmpty();
		return new RiskAnalysisReport(run, planned, Percentiles.of(finish), CostPercentiles.of(cost), curve, histogram,
				costCurve, drivers, activities, events, chosen, percentBy(points, chosen), currency, budgeted);
	}

	/**
	 * The share of iterations finishing by the end of {@code deadline}, to the percent,
	 * read from the S-curve (the finish at each whole percentile).
	 */
	static int percentBy(List<LocalDateTime> curve, LocalDate deadline) {
		if (deadline == null || curve.size() < 2) {
			return 0;
		}
		LocalDateTime end = deadline.plusDays(1).atStartOfDay();
		int share = 0;
		for (int p = 1; p < curve.size(); p++) {
			if (curve.get(p).isBefore(end)) {
				share = p;
			}
		}
		return share;
	}

	/** The S-curve's rows of the table: every fifth percentile. */
	public List<CurvePoint> curveTable() {
		return this.curve.stream().filter(p -> p.percent() % TABLE_STEP == 0).toList();
	}

	public List<CostPoint> costTable() {
		return this.costCurve.stream().filter(p -> p.percent() % TABLE_STEP == 0).toList();
	}

	/** Whether the risk events or costs give the cost a spread worth a chart. */
	public boolean hasCost() {
		return this.cost.p90() > 0;
	}

	/** The document the charts are drawn from (ISO date-times, plain numbers). */
	Map<String, Object> chartData(Map<String, String> labels, Map<Long, String> links, RiskAnalysisReport compared) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", labels);
		data.put("curve", this.curve.stream().map(p -> List.of(iso(p.finish()), p.percent())).toList());
		data.put("percentiles", Map.of("P10", iso(this.finish.p10()), "P50", iso(this.finish.p50()), "P80",
				iso(this.finish.p80()), "P90", iso(this.finish.p90())));
		data.put("deadline", (this.deadline != null) ? this.deadline.plusDays(1).atStartOfDay().toString() : null);
		data.put("histogram",
				this.histogram.stream().map(b -> List.of(iso(b.from()), iso(b.to()), b.count())).toList());
		data.put("cost", this.costCurve.stream().map(p -> List.of(p.cost(), p.percent())).toList());
		data.put("costPercentiles",
				Map.of("P10", this.cost.p10(), "P50", this.cost.p50(), "P80", this.cost.p80(), "P90", this.cost.p90()));
		data.put("drivers", this.drivers.stream().map(d -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", d.name());
			m.put("correlation", d.correlation());
			m.put("cruciality", d.cruciality());
			m.put("link", links.get(d.activityId()));
			return m;
		}).toList());
		if (compared != null) {
			data.put("compared", compared.curve.stream().map(p -> List.of(iso(p.finish()), p.percent())).toList());
		}
		return data;
	}

	private static String iso(LocalDateTime t) {
		return (t != null) ? t.toString() : null;
	}

	static LocalDateTime dateTime(JsonNode node) {
		if (node == null || node.isNull() || !node.isString()) {
			return null;
		}
		return LocalDateTime.parse(node.asString());
	}

	private static double number(JsonNode node) {
		if (node == null || node.isNull()) {
			return 0;
		}
		double v = node.asDouble();
		return Double.isFinite(v) ? v : 0;
	}

}
