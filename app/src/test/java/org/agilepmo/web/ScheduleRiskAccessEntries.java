package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.risk.ScheduleImpactFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.project;

/**
 * Schedule risk analysis in the access matrix: the runs of a project's plan and the
 * risks' schedule impacts follow the project's rule (404 to those who may not see it).
 */
final class ScheduleRiskAccessEntries {

	private static final String IMPACT = "{\"probabilityPercent\":30,\"delayMinMinutes\":480,"
			+ "\"delayLikelyMinutes\":960,\"delayMaxMinutes\":2400,\"costImpact\":1500}";

	static final List<Entry> ENTRIES = List.of(
			project("POST", "/api/v1/projects/{id}/risk-analyses",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/risk-analyses")
						.json("{\"iterations\":100,\"seed\":7,\"sampling\":\"RANDOM\"}")),
			project("GET", "/api/v1/projects/{id}/risk-analyses",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/risk-analyses")),
			project("GET", "/api/v1/risk-analyses/{runId}",
					s -> Sample.of("/api/v1/risk-analyses/" + samples(s).riskAnalysis(s))),
			project("DELETE", "/api/v1/risk-analyses/{runId}",
					s -> Sample.of("/api/v1/risk-analyses/" + samples(s).riskAnalysis(s))),
			project("GET", "/api/v1/risks/{id}/schedule-impact",
					s -> Sample.of("/api/v1/risks/" + riskWithImpact(s) + "/schedule-impact")),
			project("POST", "/api/v1/risks/{id}/schedule-impact",
					s -> Sample.of("/api/v1/risks/" + risk(s) + "/schedule-impact").json(IMPACT)),
			project("PUT", "/api/v1/risks/{id}/schedule-impact",
					s -> Sample.of("/api/v1/risks/" + riskWithImpact(s) + "/schedule-impact").json(IMPACT).ifMatch(0)),
			project("GET", "/api/v1/projects/{id}/correlation-groups",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/correlation-groups")),
			project("POST", "/api/v1/projects/{id}/correlation-groups",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/correlation-groups")
						.json("{\"name\":\"Matrix\",\"coefficient\":0.5,\"activityIds\":[" + samples(s).activity(s)
								+ "," + samples(s).activity(s) + "]}")),
			project("GET", "/api/v1/correlation-groups/{groupId}",
					s -> Sample.of("/api/v1/correlation-groups/" + samples(s).correlationGroup(s))),
			project("PATCH", "/api/v1/correlation-groups/{groupId}",
					s -> Sample.of("/api/v1/correlation-groups/" + samples(s).correlationGroup(s))
						.json("{\"coefficient\":0.7}")
						.ifMatch(0)),
			project("DELETE", "/api/v1/correlation-groups/{groupId}",
					s -> Sample.of("/api/v1/correlation-groups/" + samples(s).correlationGroup(s)).ifMatch(0)),
			project("GET", "/projects/{id}/plan/risk-analysis",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/risk-analysis")),
			project("GET", "/projects/{id}/plan/risk-analysis/runs/{runId}/progress",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/risk-analysis/runs/"
							+ samples(s).riskAnalysis(s) + "/progress")),
			project("POST", "/projects/{id}/plan/risk-analysis/runs",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/risk-analysis/runs")
						.form(Map.of("iterations", "100", "seed", "3", "sampling", "RANDOM"))),
			project("POST", "/projects/{id}/plan/risk-analysis/runs/{runId}/cancel",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/risk-analysis/runs/"
							+ samples(s).riskAnalysis(s) + "/cancel")),
			project("POST", "/projects/{id}/plan/risk-analysis/estimates/{activityId}",
					s -> Sample
						.of("/projects/" + s.projectId() + "/plan/risk-analysis/estimates/" + samples(s).activity(s))
						.form(Map.of("version", "0", "min", "0.5", "likely", "1", "max", "2", "distribution", "PERT"))),
			project("POST", "/projects/{id}/plan/risk-analysis/correlation-groups",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/risk-analysis/correlation-groups")
						.form(Map.of("name", "Matrix", "coefficient", "0.5", "activityIds",
								samples(s).activity(s) + "," + samples(s).activity(s)))),
			project("POST", "/projects/{id}/plan/risk-analysis/correlation-groups/{groupId}", s -> Sample
				.of("/projects/" + s.projectId() + "/plan/risk-analysis/correlation-groups/"
						+ samples(s).correlationGroup(s))
				.form(Map.of("version", "0", "name", "Renamed", "coefficient", "0.4"))),
			project("POST", "/projects/{id}/plan/risk-analysis/correlation-groups/{groupId}/delete",
					s -> Sample
						.of("/projects/" + s.projectId() + "/plan/risk-analysis/correlation-groups/"
								+ samples(s).correlationGroup(s) + "/delete")
						.form(Map.of("version", "0"))),
			project("POST", "/risks/{id}/schedule-impact",
					s -> Sample.of("/risks/" + risk(s) + "/schedule-impact")
						.form(Map.of("riskVersion", "0", "probabilityPercent", "30", "delayMinDays", "1",
								"delayLikelyDays", "2", "delayMaxDays", "4", "costImpact", "100"))));

	private ScheduleRiskAccessEntries() {
	}

	private static PlanningSamples samples(Scene s) {
		return s.bean(PlanningSamples.class);
	}

	private static long risk(Scene s) {
		return s.bean(RiskFixtures.class).risk(keeper(s), s.projectId(), "Matrix schedule risk");
	}

	private static long riskWithImpact(Scene s) {
		return s.bean(ScheduleImpactFixtures.class)
			.scheduleRisk(keeper(s), s.projectId(), "Matrix risk with impact", 30, 480, 960, 2400, 1500);
	}

	/** Someone who keeps every project's register: the PMO officer, cleared for all. */
	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

}
