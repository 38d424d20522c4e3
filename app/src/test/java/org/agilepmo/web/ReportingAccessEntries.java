package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.reporting.ReportingFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Reporting in the access matrix. A project's reports and deviations follow the project's
 * rule (404 to those who may not see it, through for its manager); reviewing, publishing,
 * sending back, closing a deviation and the portfolios' settings are the PMO's; the
 * deviation list across the portfolios is every signed-in person's, holding what they may
 * see.
 */
final class ReportingAccessEntries {

	private static final List<Entry> REPORTS = List.of(
			project("GET", "/api/v1/projects/{id}/status-reports", s -> Sample.of(api(s) + "/status-reports")),
			project("POST", "/api/v1/projects/{id}/status-reports",
					s -> Sample.of(api(s) + "/status-reports").json("{\"periodEnd\":\"" + freshPeriod() + "\"}")),
			project("GET", "/api/v1/status-reports/{id}", s -> Sample.of("/api/v1/status-reports/" + draft(s))),
			project("GET", "/api/v1/status-reports/{id}/pdf",
					s -> Sample.of("/api/v1/status-reports/" + draft(s) + "/pdf")),
			project("GET", "/status-reports/{id}/pdf", s -> Sample.of("/status-reports/" + draft(s) + "/pdf")),
			project("PATCH", "/api/v1/status-reports/{id}", s -> {
				long id = draft(s);
				return Sample.of("/api/v1/status-reports/" + id)
					.json("{\"achievements\":\"Matrix\"}")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}), project("POST", "/api/v1/status-reports/{id}/figures-refresh", s -> {
				long id = draft(s);
				return Sample.of("/api/v1/status-reports/" + id + "/figures-refresh")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}), project("POST", "/api/v1/status-reports/{id}/submission", s -> {
				long id = greenDraft(s);
				return Sample.of("/api/v1/status-reports/" + id + "/submission")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}), role("POST", "/api/v1/status-reports/{id}/review", s -> {
				long id = submitted(s);
				return Sample.of("/api/v1/status-reports/" + id + "/review")
					.json("{\"comment\":\"Matrix\"}")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}, PMO), role("POST", "/api/v1/status-reports/{id}/return", s -> {
				long id = submitted(s);
				return Sample.of("/api/v1/status-reports/" + id + "/return")
					.json("{\"comment\":\"Matrix\"}")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}, PMO), role("POST", "/api/v1/status-reports/{id}/publication", s -> {
				long id = reviewed(s);
				return Sample.of("/api/v1/status-reports/" + id + "/publication")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}, PMO), signedIn("GET", "/api/v1/deviations", s -> Sample.of("/api/v1/deviations")),
			project("GET", "/api/v1/projects/{id}/deviations", s -> Sample.of(api(s) + "/deviations")),
			project("POST", "/api/v1/projects/{id}/deviations/check", s -> Sample.of(api(s) + "/deviations/check")),
			project("GET", "/api/v1/deviations/{id}", s -> Sample.of("/api/v1/deviations/" + deviation(s))),
			project("POST", "/api/v1/deviations/{id}/actions", s -> {
				long id = deviation(s);
				return Sample.of("/api/v1/deviations/" + id + "/actions")
					.json("{\"title\":\"Matrix\",\"ownerId\":" + s.projectManager().id() + ",\"dueOn\":\"2099-01-01\"}")
					.ifMatch(fixtures(s).deviationVersion(keeper(s), id));
			}), project("POST", "/api/v1/remediation-actions/{id}/done", s -> {
				long id = action(s);
				return Sample.of("/api/v1/remediation-actions/" + id + "/done")
					.ifMatch(fixtures(s).actionVersion(keeper(s), id));
			}), role("POST", "/api/v1/deviations/{id}/closure", s -> {
				long id = deviation(s);
				return Sample.of("/api/v1/deviations/" + id + "/closure")
					.json("{\"note\":\"Matrix\"}")
					.ifMatch(fixtures(s).deviationVersion(keeper(s), id));
			}, PMO),
			project("GET", "/api/v1/portfolios/{id}/reporting-settings",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/reporting-settings")),
			role("PUT", "/api/v1/portfolios/{id}/reporting-settings",
					s -> Sample.of("/api/v1/portfolios/" + s.portfolioId() + "/reporting-settings")
						.json("{\"cadence\":\"MONTHLY\",\"finishSlipDays\":10,\"cpiBelow\":0.9,\"spiBelow\":0.9,"
								+ "\"unansweredHighRisk\":true,\"reportOverdue\":true}")
						.ifMatch(settingsVersion(s)),
					PMO),
			// Pages
			project("GET", "/projects/{id}/status-reports", s -> Sample.of(page(s) + "/status-reports")),
			project("POST", "/projects/{id}/status-reports",
					s -> Sample.of(page(s) + "/status-reports").form(Map.of("periodEnd", freshPeriod().toString()))),
			project("POST", "/projects/{id}/deviations/check", s -> Sample.of(page(s) + "/deviations/check")),
			project("GET", "/status-reports/{id}", s -> Sample.of("/status-reports/" + draft(s))),
			project("POST", "/status-reports/{id}", s -> {
				long id = draft(s);
				return Sample.of("/status-reports/" + id)
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id)), "overall", "GREEN",
							"scope", "GREEN", "schedule", "GREEN", "cost", "GREEN", "risk", "GREEN", "resources",
							"GREEN", "achievements", "Matrix"));
			}), project("POST", "/status-reports/{id}/figures-refresh", s -> {
				long id = draft(s);
				return Sample.of("/status-reports/" + id + "/figures-refresh")
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id))));
			}), project("POST", "/status-reports/{id}/submission", s -> {
				long id = greenDraft(s);
				return Sample.of("/status-reports/" + id + "/submission")
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id))));
			}), role("POST", "/status-reports/{id}/review", s -> {
				long id = submitted(s);
				return Sample.of("/status-reports/" + id + "/review")
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id)), "comment", "Matrix"));
			}, PMO), role("POST", "/status-reports/{id}/return", s -> {
				long id = submitted(s);
				return Sample.of("/status-reports/" + id + "/return")
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id)), "comment", "Matrix"));
			}, PMO), role("POST", "/status-reports/{id}/publication", s -> {
				long id = reviewed(s);
				return Sample.of("/status-reports/" + id + "/publication")
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id))));
			}, PMO), signedIn("GET", "/deviations", s -> Sample.of("/deviations")),
			project("GET", "/deviations/{id}", s -> Sample.of("/deviations/" + deviation(s))),
			project("POST", "/deviations/{id}/actions", s -> {
				long id = deviation(s);
				return Sample.of("/deviations/" + id + "/actions")
					.form(Map.of("version", String.valueOf(fixtures(s).deviationVersion(keeper(s), id)), "title",
							"Matrix", "ownerId", String.valueOf(s.projectManager().id()), "dueOn", "2099-01-01"));
			}), project("POST", "/remediation-actions/{id}/done", s -> {
				long id = action(s);
				return Sample.of("/remediation-actions/" + id + "/done")
					.form(Map.of("version", String.valueOf(fixtures(s).actionVersion(keeper(s), id))));
			}), role("POST", "/deviations/{id}/closure", s -> {
				long id = deviation(s);
				return Sample.of("/deviations/" + id + "/closure")
					.form(Map.of("version", String.valueOf(fixtures(s).deviationVersion(keeper(s), id)), "note",
							"Matrix"));
			}, PMO),
			project("GET", "/portfolios/{id}/reporting-settings",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/reporting-settings")),
			role("POST", "/portfolios/{id}/reporting-settings",
					s -> Sample.of("/portfolios/" + s.portfolioId() + "/reporting-settings")
						.form(Map.of("version", String.valueOf(settingsVersion(s)), "cadence", "MONTHLY",
								"finishSlipDays", "10", "cpiBelow", "0.9", "spiBelow", "0.9", "reportOverdue", "true")),
					PMO));

	/**
	 * The distribution lists of a portfolio and of a project are the PMO's (404 for a
	 * project the reader may not see, 403 for others); what was sent of a report follows
	 * the report (empty but for the PMO).
	 */
	private static final List<Entry> DISTRIBUTION = distribution();

	static final List<Entry> ENTRIES = java.util.stream.Stream.concat(REPORTS.stream(), DISTRIBUTION.stream()).toList();

	private static List<Entry> distribution() {
		List<Entry> entries = new java.util.ArrayList<>();
		for (boolean portfolio : new boolean[] { true, false }) {
			String kind = portfolio ? "portfolios" : "projects";
			java.util.function.Function<Scene, Long> id = s -> portfolio ? s.portfolioId() : s.projectId();
			java.util.function.Function<Scene, Long> version = s -> fixtures(s).distributionVersion(keeper(s),
					portfolio, id.apply(s));
			String api = "/api/v1/" + kind + "/{id}/distribution-list";
			String page = "/" + kind + "/{id}/distribution-list";
			java.util.function.Function<Scene, String> apiPath = s -> "/api/v1/" + kind + "/" + id.apply(s)
					+ "/distribution-list";
			java.util.function.Function<Scene, String> pagePath = s -> "/" + kind + "/" + id.apply(s)
					+ "/distribution-list";
			entries.add(role("GET", api, s -> Sample.of(apiPath.apply(s)), PMO));
			entries.add(role("PUT", api,
					s -> Sample.of(apiPath.apply(s))
						.json("{\"onPublish\":true,\"digestDay\":\"MONDAY\",\"digestTime\":\"07:00\","
								+ "\"timeZone\":\"Europe/Paris\"}")
						.ifMatch(version.apply(s)),
					PMO));
			entries.add(role("POST", api + "/recipients",
					s -> Sample.of(apiPath.apply(s) + "/recipients")
						.json("{\"email\":\"matrix-" + java.util.UUID.randomUUID().toString().substring(0, 8)
								+ "@example.org\",\"language\":\"es\"}")
						.ifMatch(version.apply(s)),
					PMO));
			entries.add(role("DELETE", api + "/recipients/{recipientId}", s -> {
				long recipient = fixtures(s).listedAddress(keeper(s), portfolio, id.apply(s));
				return Sample.of(apiPath.apply(s) + "/recipients/" + recipient).ifMatch(version.apply(s));
			}, PMO));
			entries.add(role("GET", page, s -> Sample.of(pagePath.apply(s)), PMO));
			entries.add(role("POST", page,
					s -> Sample.of(pagePath.apply(s))
						.form(Map.of("version", String.valueOf(version.apply(s)), "onPublish", "true", "digestDay",
								"FRIDAY", "digestTime", "16:00", "timeZone", "UTC")),
					PMO));
			entries.add(role("POST", page + "/people", s -> Sample.of(pagePath.apply(s) + "/people")
				.form(Map.of("version", String.valueOf(version.apply(s)), "personId",
						String.valueOf(s.bean(org.agilepmo.identity.IdentityFixtures.class)
							.person("listed", org.agilepmo.shared.ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER)
							.id()))),
					PMO));
			entries.add(role("POST", page + "/addresses", s -> Sample.of(pagePath.apply(s) + "/addresses")
				.form(Map.of("version", String.valueOf(version.apply(s)), "email",
						"matrix-page-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org",
						"language", "ar")),
					PMO));
			entries.add(role("POST", page + "/recipients/{recipientId}/removal", s -> {
				long recipient = fixtures(s).listedAddress(keeper(s), portfolio, id.apply(s));
				return Sample.of(pagePath.apply(s) + "/recipients/" + recipient + "/removal")
					.form(Map.of("version", String.valueOf(version.apply(s))));
			}, PMO));
		}
		entries.add(project("GET", "/api/v1/status-reports/{id}/distribution",
				s -> Sample.of("/api/v1/status-reports/" + draft(s) + "/distribution")));
		return List.copyOf(entries);
	}

	private static final java.util.concurrent.atomic.AtomicInteger PERIODS = new java.util.concurrent.atomic.AtomicInteger();

	private ReportingAccessEntries() {
	}

	private static String api(Scene s) {
		return "/api/v1/projects/" + s.projectId();
	}

	private static String page(Scene s) {
		return "/projects/" + s.projectId();
	}

	private static ReportingFixtures fixtures(Scene s) {
		return s.bean(ReportingFixtures.class);
	}

	/** Someone who may change every project and review reports: the PMO officer. */
	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	/** A month's end no sample has used yet (each sample writes its own report). */
	private static java.time.LocalDate freshPeriod() {
		return java.time.YearMonth.of(2000, 1).plusMonths(PERIODS.incrementAndGet()).atEndOfMonth();
	}

	private static long draft(Scene s) {
		return fixtures(s).draft(keeper(s), s.projectId(), freshPeriod());
	}

	/** A draft whose health is green throughout, so that it may be submitted. */
	private static long greenDraft(Scene s) {
		return fixtures(s).greenDraft(keeper(s), s.projectId(), freshPeriod());
	}

	private static long submitted(Scene s) {
		long id = greenDraft(s);
		fixtures(s).submit(keeper(s), id);
		return id;
	}

	private static long reviewed(Scene s) {
		long id = submitted(s);
		fixtures(s).review(keeper(s), id);
		return id;
	}

	private static final java.util.Set<Long> WITH_HIGH_RISK = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * An open deviation of the project: a high risk without response (recorded once per
	 * project) raises one at each check while none is open.
	 */
	private static long deviation(Scene s) {
		if (WITH_HIGH_RISK.add(s.projectId())) {
			s.bean(org.agilepmo.risk.RiskFixtures.class).risk(keeper(s), s.projectId(), "Matrix high risk");
		}
		return fixtures(s).openDeviation(keeper(s), s.projectId(), "UNANSWERED_RISK");
	}

	private static long action(Scene s) {
		return fixtures(s).action(keeper(s), deviation(s), keeper(s).id(), java.time.LocalDate.of(2099, 1, 1));
	}

	private static long settingsVersion(Scene s) {
		return fixtures(s).settingsVersion(keeper(s), s.portfolioId());
	}

}
