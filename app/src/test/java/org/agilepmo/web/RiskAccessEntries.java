package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * The risk register in the access matrix. Everything follows the project's rule (404 to
 * those who may not see it, through for its manager); a programme's and a portfolio's
 * registers follow the portfolio's rule (seen by whoever sees one of its projects, kept
 * by the PMO); a portfolio's views count only the projects the caller sees; a person's
 * own actions are open to everyone signed in; the PMO configures the matrices.
 */
final class RiskAccessEntries {

	private static final String NEW_RISK = "{\"title\":\"Matrix risk\",\"category\":\"TECHNICAL\",\"probability\":3,"
			+ "\"impact\":{\"schedule\":4}}";

	private static final String CATEGORIES = "[\"STRATEGIC\",\"TECHNICAL\",\"SECURITY\",\"FINANCIAL\","
			+ "\"LEGAL\",\"RESOURCES\",\"SUPPLIER\",\"OPERATIONAL\"]";

	private static final String STANDARD_5X5 = "LLLMMLLMMHLMMHHMMHHEMHHEE";

	static final List<Entry> ENTRIES = List.of(
			project("GET", "/api/v1/projects/{id}/risks", s -> Sample.of(api(s) + "/risks")),
			project("POST", "/api/v1/projects/{id}/risks", s -> Sample.of(api(s) + "/risks").json(NEW_RISK)),
			project("GET", "/api/v1/risks/{id}", s -> Sample.of("/api/v1/risks/" + risk(s))),
			project("PATCH", "/api/v1/risks/{id}",
					s -> Sample.of("/api/v1/risks/" + risk(s))
						.json("{\"probability\":4,\"reason\":\"Matrix re-rating\"}")
						.ifMatch(0)),
			project("GET", "/api/v1/risks/{id}/history", s -> Sample.of("/api/v1/risks/" + risk(s) + "/history")),
			project("POST", "/api/v1/risks/{id}/occurrence",
					s -> Sample.of("/api/v1/risks/" + risk(s) + "/occurrence")
						.json("{\"reason\":\"It happened\"}")
						.ifMatch(0)),
			project("POST", "/api/v1/risks/{id}/closure",
					s -> Sample.of("/api/v1/risks/" + risk(s) + "/closure").json("{\"reason\":\"Gone\"}").ifMatch(0)),
			project("POST", "/api/v1/risks/{id}/actions",
					s -> Sample.of("/api/v1/risks/" + risk(s) + "/actions").json(action(s))),
			project("GET", "/api/v1/projects/{id}/issues", s -> Sample.of(api(s) + "/issues")),
			project("POST", "/api/v1/projects/{id}/issues",
					s -> Sample.of(api(s) + "/issues").json("{\"title\":\"Matrix issue\"}")),
			project("GET", "/api/v1/issues/{id}", s -> Sample.of("/api/v1/issues/" + issue(s))),
			project("POST", "/api/v1/issues/{id}/escalation",
					s -> Sample.of("/api/v1/issues/" + issue(s) + "/escalation")
						.json("{\"escalation\":\"PROGRAMME\"}")
						.ifMatch(0)),
			project("POST", "/api/v1/issues/{id}/resolution",
					s -> Sample.of("/api/v1/issues/" + issue(s) + "/resolution")
						.json("{\"resolution\":\"Fixed\"}")
						.ifMatch(0)),
			project("POST", "/api/v1/issues/{id}/actions",
					s -> Sample.of("/api/v1/issues/" + issue(s) + "/actions").json(action(s))),
			signedIn("GET", "/api/v1/actions", s -> Sample.of("/api/v1/actions?assignee=me&overdue=true")),
			project("GET", "/api/v1/actions/{id}", s -> Sample.of("/api/v1/actions/" + ownAction(s))),
			project("PATCH", "/api/v1/actions/{id}",
					s -> Sample.of("/api/v1/actions/" + ownAction(s)).json("{\"title\":\"Matrix change\"}").ifMatch(0)),
			project("GET", "/api/v1/decisions/{id}", s -> Sample.of("/api/v1/decisions/" + decision(s))),
			project("PUT", "/api/v1/decisions/{id}",
					s -> Sample.of("/api/v1/decisions/" + decision(s))
						.json("{\"decision\":\"Go\",\"decidedOn\":\"2026-01-06\",\"decidedBy\":\"Board\"}")
						.ifMatch(0)),
			project("POST", "/api/v1/actions/{id}/completion",
					s -> Sample.of("/api/v1/actions/" + ownAction(s) + "/completion").json("{}").ifMatch(0)),
			project("GET", "/api/v1/projects/{id}/decisions", s -> Sample.of(api(s) + "/decisions")),
			project("POST", "/api/v1/projects/{id}/decisions",
					s -> Sample.of(api(s) + "/decisions")
						.json("{\"decision\":\"Go\",\"decidedOn\":\"2026-01-05\",\"decidedBy\":\"Board\"}")),
			project("GET", "/api/v1/projects/{id}/risk-heatmap", s -> Sample.of(api(s) + "/risk-heatmap")),
			project("GET", "/api/v1/portfolios/{id}/risk-heatmap",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/risk-heatmap")),
			project("GET", "/api/v1/portfolios/{id}/top-risks",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/top-risks")),
			project("GET", "/api/v1/programmes/{id}/risks",
					s -> Sample.of("/api/v1/programmes/" + s.programmeId() + "/risks")),
			role("POST", "/api/v1/programmes/{id}/risks",
					s -> Sample.of("/api/v1/programmes/" + s.programmeId() + "/risks").json(NEW_RISK), PMO),
			project("GET", "/api/v1/portfolios/{id}/risks",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/risks")),
			role("POST", "/api/v1/portfolios/{id}/risks",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/risks").json(NEW_RISK), PMO),
			project("GET", "/api/v1/portfolios/{id}/risk-cells",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/risk-cells?probability=3&impact=4")),
			project("GET", "/api/v1/projects/{id}/risk-exposure", s -> Sample.of(api(s) + "/risk-exposure")),
			project("GET", "/api/v1/projects/{id}/risks/export", s -> Sample.of(api(s) + "/risks/export?format=csv")),
			project("POST", "/api/v1/projects/{id}/risks/import",
					s -> Sample.of(api(s) + "/risks/import?format=csv")
						.json("Title,Category,Probability,Schedule impact\nImported by the matrix,TECHNICAL,2,2\n")),
			project("POST", "/api/v1/projects/{id}/risk-reviews",
					s -> Sample.of(api(s) + "/risk-reviews").json("{\"note\":\"Matrix review\"}")),
			signedIn("GET", "/api/v1/risk-categories", s -> Sample.of("/api/v1/risk-categories")),
			role("PUT", "/api/v1/risk-categories", s -> Sample.of("/api/v1/risk-categories").json(CATEGORIES), PMO),
			signedIn("GET", "/api/v1/risk-matrix", s -> Sample.of("/api/v1/risk-matrix")),
			role("PUT", "/api/v1/risk-matrix",
					s -> Sample.of("/api/v1/risk-matrix?portfolioId=" + s.portfolioId())
						.json("{\"size\":5,\"ratings\":\"" + STANDARD_5X5 + "\"}")
						.ifMatch(0),
					PMO),
			// Pages
			project("GET", "/projects/{id}/risks", s -> Sample.of(page(s) + "/risks")),
			project("POST", "/projects/{id}/risks", s -> Sample.of(page(s) + "/risks").form(riskForm("0"))),
			project("GET", "/risks/{id}", s -> Sample.of("/risks/" + risk(s))),
			project("POST", "/risks/{id}", s -> Sample.of("/risks/" + risk(s)).form(riskForm("0"))),
			project("POST", "/risks/{id}/actions",
					s -> Sample.of("/risks/" + risk(s) + "/actions")
						.form(Map.of("kind", "MITIGATION", "title", "Matrix action", "ownerId",
								String.valueOf(s.projectManager().id()), "due", "2030-01-01"))),
			project("POST", "/risks/{id}/occurrence",
					s -> Sample.of("/risks/" + risk(s) + "/occurrence")
						.form(Map.of("version", "0", "reason", "It happened"))),
			project("POST", "/risks/{id}/closure",
					s -> Sample.of("/risks/" + risk(s) + "/closure").form(Map.of("version", "0", "reason", "Gone"))),
			project("POST", "/risks/{id}/reopening",
					s -> Sample.of("/risks/" + fixtures(s).closedRisk(keeper(s), s.projectId()) + "/reopening")
						.form(Map.of("version", "1", "reason", "Back again"))),
			project("POST", "/projects/{id}/risk-reviews",
					s -> Sample.of(page(s) + "/risk-reviews").form(Map.of("note", "Matrix review"))),
			project("GET", "/projects/{id}/risk-heatmap", s -> Sample.of(page(s) + "/risk-heatmap")),
			project("GET", "/projects/{id}/issues", s -> Sample.of(page(s) + "/issues")),
			project("POST", "/projects/{id}/issues",
					s -> Sample.of(page(s) + "/issues").form(Map.of("title", "Matrix issue"))),
			project("POST", "/issues/{id}/escalation",
					s -> Sample.of("/issues/" + issue(s) + "/escalation")
						.form(Map.of("version", "0", "escalation", "PROGRAMME"))),
			project("POST", "/issues/{id}/resolution",
					s -> Sample.of("/issues/" + issue(s) + "/resolution")
						.form(Map.of("version", "0", "resolution", "Fixed"))),
			project("GET", "/projects/{id}/decisions", s -> Sample.of(page(s) + "/decisions")),
			project("POST", "/projects/{id}/decisions",
					s -> Sample.of(page(s) + "/decisions")
						.form(Map.of("decision", "Go", "decidedOn", "2026-01-05", "decidedBy", "Board"))),
			project("GET", "/projects/{id}/risks/export", s -> Sample.of(page(s) + "/risks/export?format=xlsx")),
			project("POST", "/projects/{id}/risks/import", s -> Sample.of(page(s) + "/risks/import")),
			signedIn("GET", "/actions", s -> Sample.of("/actions")),
			project("GET", "/actions/{id}", s -> Sample.of("/actions/" + ownAction(s))),
			project("POST", "/actions/{id}",
					s -> Sample.of("/actions/" + ownAction(s))
						.form(Map.of("version", "0", "kind", "MITIGATION", "title", "Matrix change", "ownerId",
								String.valueOf(keeper(s).id()), "due", "2030-01-01"))),
			project("GET", "/decisions/{id}", s -> Sample.of("/decisions/" + decision(s))),
			project("POST", "/decisions/{id}",
					s -> Sample.of("/decisions/" + decision(s))
						.form(Map
							.of("version", "0", "decision", "Go", "decidedOn", "2026-01-06", "decidedBy", "Board"))),
			signedIn("GET", "/risk-settings", s -> Sample.of("/risk-settings")),
			role("POST", "/risk-settings/matrix",
					s -> Sample.of("/risk-settings/matrix").form(matrixForm(s.portfolioId())), PMO),
			role("POST", "/risk-settings/categories",
					s -> Sample.of("/risk-settings/categories")
						.form(Map.of("codes", CATEGORIES.replaceAll("[\\[\\]\"]", "").replace(',', '\n'))),
					PMO),
			project("POST", "/actions/{id}/completion",
					s -> Sample.of("/actions/" + ownAction(s) + "/completion").form(Map.of("version", "0"))),
			project("GET", "/portfolios/{id}/risks",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/risks?probability=3&impact=4")),
			role("POST", "/portfolios/{id}/risks",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/risks").form(riskForm("0")), PMO),
			project("GET", "/programmes/{id}/risks", s -> Sample.of("/programmes/" + s.programmeId() + "/risks")),
			role("POST", "/programmes/{id}/risks",
					s -> Sample.of("/programmes/" + s.programmeId() + "/risks").form(riskForm("0")), PMO));

	private RiskAccessEntries() {
	}

	private static String api(Scene s) {
		return "/api/v1/projects/" + s.projectId();
	}

	private static String page(Scene s) {
		return "/projects/" + s.projectId();
	}

	private static RiskFixtures fixtures(Scene s) {
		return s.bean(RiskFixtures.class);
	}

	/** Someone who keeps every project's register: the PMO officer, cleared for all. */
	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	private static long risk(Scene s) {
		return fixtures(s).risk(keeper(s), s.projectId(), "Matrix risk");
	}

	private static long issue(Scene s) {
		return fixtures(s).issue(keeper(s), s.projectId());
	}

	private static long ownAction(Scene s) {
		return fixtures(s).action(keeper(s), s.projectId(), keeper(s).id(), java.time.LocalDate.now());
	}

	private static long decision(Scene s) {
		return fixtures(s).decision(keeper(s), s.projectId());
	}

	private static Map<String, String> matrixForm(long portfolioId) {
		Map<String, String> form = new java.util.HashMap<>(
				Map.of("portfolioId", String.valueOf(portfolioId), "version", "0", "size", "5"));
		for (int i = 0; i < STANDARD_5X5.length(); i++) {
			form.put("cells[" + i + "]", String.valueOf(STANDARD_5X5.charAt(i)));
		}
		return form;
	}

	private static String action(Scene s) {
		return "{\"kind\":\"MITIGATION\",\"title\":\"Matrix action\",\"ownerId\":" + keeper(s).id()
				+ ",\"due\":\"2030-01-01\"}";
	}

	private static Map<String, String> riskForm(String version) {
		return Map.of("nature", "THREAT", "title", "Matrix risk form", "category", "TECHNICAL", "probability", "3",
				"schedule", "4", "version", version);
	}

}
