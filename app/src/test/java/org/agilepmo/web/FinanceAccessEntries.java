package org.agilepmo.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Finance in the access matrix. A project's budget, costs and earned value follow the
 * project's rule (404 to those who may not see it, through for its manager); the PMO
 * approves budget versions, records exchange rates and keeps the funding sources; a
 * grant's report is the PMO's and its donor's; everyone signed in reads the rates and the
 * sources they may see.
 */
final class FinanceAccessEntries {

	private static final AtomicInteger DAYS = new AtomicInteger();

	private static final String GRANT = "{\"kind\":\"GRANT\",\"name\":\"Matrix grant\",\"donor\":\"Matrix donor\","
			+ "\"amount\":\"1000.00\",\"currency\":\"EUR\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\"}";

	private static final String COST = "{\"kind\":\"ACTUAL\",\"budgetLine\":\"L1\",\"date\":\"2026-03-02\","
			+ "\"amount\":\"10.00\",\"currency\":\"EUR\"}";

	private static final String THRESHOLDS = "{\"costAmberBelow\":\"0.95\",\"costRedBelow\":\"0.85\","
			+ "\"scheduleAmberBelow\":\"0.90\",\"scheduleRedBelow\":\"0.80\"}";

	private static final Map<String, String> SOURCE_FORM = Map.of("kind", "GRANT", "name", "Matrix page grant", "donor",
			"Matrix donor", "amount", "1000.00", "currency", "EUR", "startsOn", "2026-01-01", "endsOn", "2026-12-31",
			"eligible", "TRAVEL");

	private static final String CSV = "Kind,Budget line,Date,Amount,Currency\nACTUAL,L1,2026-03-02,5.00,EUR\n";

	static final List<Entry> ENTRIES = List.of(
			// Starting a budget comes first: the samples after it give the project one.
			project("POST", "/api/v1/projects/{id}/budget",
					s -> Sample.of(api(s) + "/budget").json("{\"currency\":\"EUR\",\"firstMonth\":\"2026-01\"}")),
			project("POST", "/projects/{id}/budget",
					s -> Sample.of(page(s) + "/budget").form(Map.of("currency", "EUR", "firstMonth", "2026-01"))),
			project("GET", "/api/v1/projects/{id}/budget", s -> {
				draft(s);
				return Sample.of(api(s) + "/budget");
			}), project("GET", "/api/v1/projects/{id}/budget/versions", s -> Sample.of(api(s) + "/budget/versions")),
			project("POST", "/api/v1/projects/{id}/budget/revisions", s -> {
				approved(s);
				return Sample.of(api(s) + "/budget/revisions").json("{\"reason\":\"Matrix revision\"}");
			}), project("GET", "/api/v1/budget-versions/{id}", s -> Sample.of("/api/v1/budget-versions/" + draft(s))),
			project("POST", "/api/v1/budget-versions/{id}/lines", s -> {
				long v = draft(s);
				return Sample.of("/api/v1/budget-versions/" + v + "/lines")
					.json("{\"category\":\"TRAVEL\",\"description\":\"Matrix\",\"recurrence\":\"ONE_OFF\","
							+ "\"firstMonth\":\"2026-02\",\"amount\":\"12.00\"}")
					.ifMatch(fixtures(s).budgetVersion(keeper(s), v));
			}), project("DELETE", "/api/v1/budget-versions/{id}/lines/{code}", s -> {
				long v = draft(s);
				String code = "M" + DAYS.incrementAndGet();
				fixtures(s).line(keeper(s), v, code);
				return Sample.of("/api/v1/budget-versions/" + v + "/lines/" + code)
					.ifMatch(fixtures(s).budgetVersion(keeper(s), v));
			}), role("POST", "/api/v1/budget-versions/{id}/approval", s -> {
				long v = draft(s);
				return Sample.of("/api/v1/budget-versions/" + v + "/approval")
					.json("{}")
					.ifMatch(fixtures(s).budgetVersion(keeper(s), v));
			}, PMO), signedIn("GET", "/api/v1/exchange-rates", s -> Sample.of("/api/v1/exchange-rates")),
			role("POST", "/api/v1/exchange-rates", s -> Sample.of("/api/v1/exchange-rates")
				.json("{\"from\":\"USD\",\"to\":\"EUR\",\"validFrom\":\""
						+ java.time.LocalDate.of(1990, 1, 1).plusDays(DAYS.incrementAndGet()) + "\",\"rate\":\"0.9\"}"),
					PMO),
			signedIn("GET", "/api/v1/funding-sources", s -> Sample.of("/api/v1/funding-sources")),
			role("POST", "/api/v1/funding-sources", s -> Sample.of("/api/v1/funding-sources").json(GRANT), PMO),
			role("GET", "/api/v1/funding-sources/{id}", s -> Sample.of("/api/v1/funding-sources/" + grant(s)), PMO),
			role("PUT", "/api/v1/funding-sources/{id}",
					s -> Sample.of("/api/v1/funding-sources/" + grant(s)).json(GRANT).ifMatch(0), PMO),
			role("GET", "/api/v1/funding-sources/{id}/report",
					s -> Sample.of("/api/v1/funding-sources/" + grant(s) + "/report"), PMO),
			role("GET", "/api/v1/funding-sources/{id}/report.pdf",
					s -> Sample.of("/api/v1/funding-sources/" + grant(s) + "/report.pdf"), PMO),
			role("GET", "/api/v1/funding-sources/{id}/report.xlsx",
					s -> Sample.of("/api/v1/funding-sources/" + grant(s) + "/report.xlsx"), PMO),
			project("PUT", "/api/v1/projects/{id}/budget/lines/{code}/funding", s -> {
				draft(s);
				return Sample.of(api(s) + "/budget/lines/L1/funding")
					.json("{\"sourceId\":" + grant(s) + ",\"share\":\"50\"}");
			}), project("GET", "/api/v1/projects/{id}/costs", s -> Sample.of(api(s) + "/costs")),
			project("POST", "/api/v1/projects/{id}/costs", s -> {
				draft(s);
				return Sample.of(api(s) + "/costs").json(COST);
			}), project("POST", "/api/v1/projects/{id}/actual-costs", s -> {
				draft(s);
				return Sample.of(api(s) + "/actual-costs").json(COST);
			}), project("POST", "/api/v1/projects/{id}/costs/import", s -> {
				draft(s);
				return Sample.of(api(s) + "/costs/import").file("costs.csv", CSV);
			}), project("PUT", "/api/v1/projects/{id}/activities/{activityId}/budgeted-cost", s -> {
				draft(s);
				long activity = planning(s).task(keeper(s), s.projectId(), "Matrix activity", 480);
				return Sample.of(api(s) + "/activities/" + activity + "/budgeted-cost")
					.json("{\"budgetedCost\":\"100.00\"}")
					.ifMatch(0);
			}), project("GET", "/api/v1/projects/{id}/earned-value", s -> {
				baselined(s);
				return Sample.of(api(s) + "/earned-value?statusDate=2026-03-31");
			}),
			project("GET", "/api/v1/portfolios/{id}/finance",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/finance?currency=EUR")),
			project("GET", "/api/v1/projects/{id}/iati", s -> {
				funded(s);
				return Sample.of(api(s) + "/iati");
			}), role("GET", "/api/v1/iati", s -> {
				funded(s);
				return Sample.of("/api/v1/iati");
			}, PMO),
			// Pages
			project("GET", "/projects/{id}/budget", s -> Sample.of(page(s) + "/budget")),
			project("POST", "/budget-versions/{id}/lines", s -> {
				long v = draft(s);
				return Sample.of("/budget-versions/" + v + "/lines")
					.form(Map.of("version", String.valueOf(fixtures(s).budgetVersion(keeper(s), v)), "category",
							"TRAVEL", "description", "Matrix page line", "recurrence", "ONE_OFF", "firstMonth",
							"2026-02", "amount", "3.00"));
			}), project("POST", "/budget-versions/{id}/lines/{code}/removal", s -> {
				long v = draft(s);
				String code = "P" + DAYS.incrementAndGet();
				fixtures(s).line(keeper(s), v, code);
				return Sample.of("/budget-versions/" + v + "/lines/" + code + "/removal")
					.form(Map.of("version", String.valueOf(fixtures(s).budgetVersion(keeper(s), v))));
			}), role("POST", "/budget-versions/{id}/approval", s -> {
				long v = draft(s);
				return Sample.of("/budget-versions/" + v + "/approval")
					.form(Map.of("version", String.valueOf(fixtures(s).budgetVersion(keeper(s), v))));
			}, PMO), project("POST", "/projects/{id}/budget/revisions", s -> {
				approved(s);
				return Sample.of(page(s) + "/budget/revisions").form(Map.of("reason", "Matrix revision"));
			}), project("POST", "/projects/{id}/budget/funding", s -> {
				draft(s);
				return Sample.of(page(s) + "/budget/funding")
					.form(Map.of("line", "L1", "sourceId", String.valueOf(grant(s)), "share", "25"));
			}), project("GET", "/projects/{id}/costs", s -> Sample.of(page(s) + "/costs")),
			project("POST", "/projects/{id}/costs", s -> {
				draft(s);
				return Sample.of(page(s) + "/costs")
					.form(Map.of("kind", "ACTUAL", "budgetLine", "L1", "date", "2026-03-02", "amount", "1.00",
							"currency", "EUR"));
			}), project("POST", "/projects/{id}/costs/import", s -> {
				draft(s);
				return Sample.of(page(s) + "/costs/import").file("costs.csv", CSV);
			}), project("GET", "/projects/{id}/earned-value", s -> {
				baselined(s);
				return Sample.of(page(s) + "/earned-value?statusDate=2026-03-31");
			}), project("POST", "/projects/{id}/activities/{activityId}/budgeted-cost", s -> {
				draft(s);
				long activity = planning(s).task(keeper(s), s.projectId(), "Matrix page activity", 480);
				return Sample.of(page(s) + "/activities/" + activity + "/budgeted-cost")
					.form(Map.of("version", "0", "budgetedCost", "10.00"));
			}), project("GET", "/projects/{id}/finance-summary", s -> Sample.of(page(s) + "/finance-summary")),
			role("GET", "/grants/{id}/report", s -> Sample.of("/grants/" + grant(s) + "/report"), PMO),
			role("GET", "/grants/{id}/report.pdf", s -> Sample.of("/grants/" + grant(s) + "/report.pdf"), PMO),
			role("GET", "/grants/{id}/report.xlsx", s -> Sample.of("/grants/" + grant(s) + "/report.xlsx"), PMO),
			// Health thresholds per portfolio and a project's health
			project("GET", "/api/v1/portfolios/{id}/finance-thresholds",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/finance-thresholds")),
			role("PUT", "/api/v1/portfolios/{id}/finance-thresholds",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/finance-thresholds")
						.json(THRESHOLDS)
						.ifMatch(fixtures(s).thresholdsVersion(keeper(s), s.portfolioId())),
					PMO),
			project("GET", "/portfolios/{id}/finance-thresholds",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/finance-thresholds")),
			role("POST", "/portfolios/{id}/finance-thresholds", s -> Sample
				.of("/portfolios/" + s.portfolioId() + "/finance-thresholds")
				.form(Map.of("version", String.valueOf(fixtures(s).thresholdsVersion(keeper(s), s.portfolioId())),
						"costAmber", "0.95", "costRed", "0.85", "scheduleAmber", "0.9", "scheduleRed", "0.8")),
					PMO),
			project("GET", "/api/v1/projects/{id}/finance-health", s -> {
				baselined(s);
				return Sample.of(api(s) + "/finance-health?statusDate=2026-03-31");
			}),
			// Earned-value history and the programme roll-up
			project("GET", "/api/v1/projects/{id}/earned-value/snapshots",
					s -> Sample.of(api(s) + "/earned-value/snapshots")),
			project("POST", "/api/v1/projects/{id}/earned-value/snapshots", s -> {
				baselined(s);
				return Sample.of(api(s) + "/earned-value/snapshots").json("{\"statusDate\":\"2026-03-31\"}");
			}), project("POST", "/projects/{id}/earned-value/snapshots", s -> {
				baselined(s);
				return Sample.of(page(s) + "/earned-value/snapshots").form(Map.of("statusDate", "2026-03-30"));
			}),
			project("GET", "/api/v1/programmes/{id}/finance",
					s -> Sample.of("/api/v1/programmes/" + s.programmeId() + "/finance?currency=EUR")),
			// Pages of the funding sources and the exchange rates
			signedIn("GET", "/funding-sources", s -> Sample.of("/funding-sources")),
			role("POST", "/funding-sources", s -> Sample.of("/funding-sources").form(SOURCE_FORM), PMO),
			role("GET", "/funding-sources/{id}/edit", s -> Sample.of("/funding-sources/" + grant(s) + "/edit"), PMO),
			role("POST", "/funding-sources/{id}", s -> {
				Map<String, String> form = new java.util.HashMap<>(SOURCE_FORM);
				form.put("version", "0");
				return Sample.of("/funding-sources/" + grant(s)).form(form);
			}, PMO), signedIn("GET", "/exchange-rates", s -> Sample.of("/exchange-rates")),
			role("POST", "/exchange-rates", s -> Sample.of("/exchange-rates")
				.form(Map.of("from", "USD", "to", "EUR", "validFrom",
						java.time.LocalDate.of(1990, 1, 1).plusDays(DAYS.incrementAndGet()).toString(), "rate", "0.9")),
					PMO));

	private FinanceAccessEntries() {
	}

	private static String api(Scene s) {
		return "/api/v1/projects/" + s.projectId();
	}

	private static String page(Scene s) {
		return "/projects/" + s.projectId();
	}

	private static FinanceFixtures fixtures(Scene s) {
		return s.bean(FinanceFixtures.class);
	}

	private static PlanningFixtures planning(Scene s) {
		return s.bean(PlanningFixtures.class);
	}

	/** Someone who may change every project and approve budgets: the PMO officer. */
	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	private static long draft(Scene s) {
		return fixtures(s).draft(keeper(s), s.projectId());
	}

	private static void approved(Scene s) {
		long v = draft(s);
		fixtures(s).approve(keeper(s), v);
	}

	private static long grant(Scene s) {
		return fixtures(s).grant(keeper(s), "Matrix donor", null);
	}

	private static void baselined(Scene s) {
		draft(s);
		planning(s).task(keeper(s), s.projectId(), "Matrix baselined activity", 480);
		planning(s).baseline(keeper(s), s.projectId(), "Matrix");
	}

	private static void funded(Scene s) {
		draft(s);
		fixtures(s).fund(keeper(s), s.projectId(), "L1", grant(s), "1");
	}

}
