package org.agilepmo.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.procurement.ProcurementFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Procurement in the access matrix. A tender follows its project's rule (404 to those who
 * may not see the project), its buyers being those who may change the project; the
 * evaluator's requests are made by the project manager as the committee's chair.
 * Framework agreements are the PMO's (and their managers').
 */
final class ProcurementAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/api/v1/tenders", s -> Sample.of("/api/v1/tenders")),
			project("POST", "/api/v1/tenders", s -> Sample.of("/api/v1/tenders").json(tenderJson(s))),
			project("GET", "/api/v1/tenders/{id}", s -> Sample.of("/api/v1/tenders/" + tender(s))),
			project("POST", "/api/v1/tenders/{id}/bids",
					s -> Sample.of("/api/v1/tenders/" + tender(s) + "/bids")
						.json("{\"supplier\":\"Matrix supplier\",\"price\":\"10.00\",\"currency\":\"EUR\"}")),
			project("GET", "/api/v1/tenders/{id}/bids", s -> Sample.of("/api/v1/tenders/" + opened(s) + "/bids")),
			project("GET", "/api/v1/bids/{id}", s -> Sample.of("/api/v1/bids/" + bid(s, opened(s)))),
			project("POST", "/api/v1/tenders/{id}/opening", s -> {
				long id = tender(s);
				fixtures(s).bid(keeper(s), id, "Matrix", "5");
				fixtures(s).openingReached(id);
				return Sample.of("/api/v1/tenders/" + id + "/opening").ifMatch(fixtures(s).version(keeper(s), id));
			}),
			project("POST", "/api/v1/tenders/{id}/declaration",
					s -> Sample.of("/api/v1/tenders/" + tender(s) + "/declaration").json("{\"conflict\":false}")),
			project("PUT", "/api/v1/bids/{id}/scores/{criterion}", s -> {
				long id = opened(s);
				fixtures(s).declareNoConflict(evaluator(s), id);
				return Sample.of("/api/v1/bids/" + bid(s, id) + "/scores/" + ProcurementFixtures.METHOD)
					.json("{\"score\":\"6\",\"justification\":\"Sound method\"}");
			}), project("POST", "/api/v1/tenders/{id}/submission", s -> {
				long id = opened(s);
				fixtures(s).declareNoConflict(evaluator(s), id);
				fixtures(s).score(evaluator(s), bid(s, id), "5");
				return Sample.of("/api/v1/tenders/" + id + "/submission");
			}),
			project("GET", "/api/v1/tenders/{id}/scores", s -> Sample.of("/api/v1/tenders/" + opened(s) + "/scores")),
			project("GET", "/api/v1/tenders/{id}/ranking",
					s -> Sample.of("/api/v1/tenders/" + evaluated(s) + "/ranking")),
			project("GET", "/api/v1/tenders/{id}/ocds", s -> Sample.of("/api/v1/tenders/" + opened(s) + "/ocds")),
			project("GET", "/api/v1/tenders/{id}/report.pdf",
					s -> Sample.of("/api/v1/tenders/" + evaluated(s) + "/report.pdf")),
			project("POST", "/api/v1/tenders/{id}/decision", s -> {
				long id = evaluated(s);
				return Sample.of("/api/v1/tenders/" + id + "/decision")
					.json("{\"bidId\":" + bid(s, id) + ",\"reason\":\"Best value\"}")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}), project("POST", "/api/v1/tenders/{id}/contract", s -> {
				long id = awarded(s);
				s.bean(FinanceFixtures.class).draft(keeper(s), s.projectId());
				return Sample.of("/api/v1/tenders/" + id + "/contract")
					.json("{\"reference\":\"" + s.newCode() + "\",\"budgetLine\":\"L1\","
							+ "\"milestones\":[{\"name\":\"Matrix milestone\",\"due\":\"2026-09-30\"}]}");
			}), project("GET", "/api/v1/contracts/{id}", s -> {
				long id = awarded(s);
				s.bean(FinanceFixtures.class).draft(keeper(s), s.projectId());
				return Sample.of("/api/v1/contracts/" + fixtures(s).contract(keeper(s), id));
			}), signedIn("GET", "/api/v1/agreements", s -> Sample.of("/api/v1/agreements")),
			role("POST", "/api/v1/agreements", s -> Sample.of("/api/v1/agreements")
				.json("{\"reference\":\"" + s.newCode() + "\",\"title\":\"Matrix agreement\",\"currency\":\"EUR\","
						+ "\"ceiling\":\"100.00\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\","
						+ "\"lots\":[{\"code\":\"L1\",\"title\":\"Lot\",\"suppliers\":[\"Alpha\"]}]}"),
					PMO),
			role("GET", "/api/v1/agreements/{id}", s -> Sample.of("/api/v1/agreements/" + agreement(s)), PMO),
			role("POST", "/api/v1/agreements/{id}/stage", s -> {
				long id = agreement(s);
				return Sample.of("/api/v1/agreements/" + id + "/stage")
					.json("{\"stage\":\"RENEWAL\"}")
					.ifMatch(fixtures(s).agreementVersion(keeper(s), id));
			}, PMO),
			role("GET", "/api/v1/agreements/{id}/call-offs",
					s -> Sample.of("/api/v1/agreements/" + agreement(s) + "/call-offs"), PMO),
			role("POST", "/api/v1/agreements/{id}/call-offs",
					s -> Sample.of("/api/v1/agreements/" + agreement(s) + "/call-offs")
						.json("{\"lot\":\"L1\",\"supplier\":\"Alpha\",\"amount\":\"10.00\","
								+ "\"description\":\"Matrix call-off\"}"),
					PMO),
			// Pages
			signedIn("GET", "/tenders", s -> Sample.of("/tenders")),
			project("GET", "/tenders/{id}", s -> Sample.of("/tenders/" + evaluated(s))),
			project("GET", "/tenders/{id}/report.pdf", s -> Sample.of("/tenders/" + evaluated(s) + "/report.pdf")),
			project("POST", "/tenders/{id}/opening", s -> {
				long id = tender(s);
				fixtures(s).bid(keeper(s), id, "Matrix", "5");
				fixtures(s).openingReached(id);
				return Sample.of("/tenders/" + id + "/opening")
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id))));
			}),
			project("POST", "/tenders/{id}/declaration",
					s -> Sample.of("/tenders/" + tender(s) + "/declaration").form(Map.of("conflict", "false"))),
			project("POST", "/tenders/{id}/scores", s -> {
				long id = opened(s);
				fixtures(s).declareNoConflict(evaluator(s), id);
				String key = bid(s, id) + "-" + ProcurementFixtures.METHOD;
				return Sample.of("/tenders/" + id + "/scores")
					.form(Map.of("score-" + key, "6", "why-" + key, "Sound method"));
			}), project("POST", "/tenders/{id}/submission", s -> {
				long id = opened(s);
				fixtures(s).declareNoConflict(evaluator(s), id);
				fixtures(s).score(evaluator(s), bid(s, id), "5");
				return Sample.of("/tenders/" + id + "/submission");
			}), project("POST", "/tenders/{id}/decision", s -> {
				long id = evaluated(s);
				return Sample.of("/tenders/" + id + "/decision")
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id)), "bidId",
							String.valueOf(bid(s, id)), "reason", "Best value"));
			}), project("POST", "/tenders/{id}/contract", s -> {
				long id = awarded(s);
				s.bean(FinanceFixtures.class).draft(keeper(s), s.projectId());
				return Sample.of("/tenders/" + id + "/contract")
					.form(Map.of("reference", s.newCode(), "budgetLine", "L1", "milestone", "Matrix milestone",
							"milestoneDue", "2026-09-30"));
			}), project("GET", "/contracts/{id}", s -> {
				long id = awarded(s);
				s.bean(FinanceFixtures.class).draft(keeper(s), s.projectId());
				return Sample.of("/contracts/" + fixtures(s).contract(keeper(s), id));
			}), project("POST", "/contracts/{id}/deliverables", s -> {
				long id = awarded(s);
				s.bean(FinanceFixtures.class).draft(keeper(s), s.projectId());
				return Sample.of("/contracts/" + fixtures(s).contract(keeper(s), id) + "/deliverables")
					.form(Map.of("name", "Matrix deliverable", "dueOn", "2026-12-31"));
			}), project("POST", "/deliverables/{id}/acceptance", s -> {
				long id = awarded(s);
				s.bean(FinanceFixtures.class).draft(keeper(s), s.projectId());
				long deliverable = fixtures(s).deliverable(keeper(s), fixtures(s).contract(keeper(s), id));
				return Sample.of("/deliverables/" + deliverable + "/acceptance").form(Map.of("version", "0"));
			}), project("POST", "/deliverables/{id}/payments", s -> {
				long id = awarded(s);
				s.bean(FinanceFixtures.class).draft(keeper(s), s.projectId());
				long deliverable = fixtures(s).deliverable(keeper(s), fixtures(s).contract(keeper(s), id));
				fixtures(s).accept(keeper(s), deliverable);
				return Sample.of("/deliverables/" + deliverable + "/payments")
					.form(Map.of("amount", "10.00", "reference", "INV-M"));
			}), signedIn("GET", "/agreements", s -> Sample.of("/agreements")),
			role("GET", "/agreements/{id}", s -> Sample.of("/agreements/" + agreement(s)), PMO),
			role("POST", "/agreements/{id}/call-offs", s -> Sample.of("/agreements/" + agreement(s) + "/call-offs")
				.form(Map.of("lot", "L1", "supplier", "Alpha", "amount", "10.00", "description", "Matrix call-off")),
					PMO),
			role("POST", "/agreements/{id}/stage", s -> {
				long id = agreement(s);
				return Sample.of("/agreements/" + id + "/stage")
					.form(Map.of("stage", "RENEWAL", "version",
							String.valueOf(fixtures(s).agreementVersion(keeper(s), id))));
			}, PMO));

	private ProcurementAccessEntries() {
	}

	private static ProcurementFixtures fixtures(Scene s) {
		return s.bean(ProcurementFixtures.class);
	}

	/** Someone who may change every project: the PMO officer. */
	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	/**
	 * The committee's chair: the project manager, or on the project they may not see (the
	 * confidential one) the PMO officer, since a member must be screened for it.
	 */
	private static PersonSummary evaluator(Scene s) {
		return "CONFIDENTIAL".equals(s.projectClassification()) ? keeper(s) : s.projectManager();
	}

	private static long tender(Scene s) {
		return fixtures(s).tender(keeper(s), s.projectId(), evaluator(s));
	}

	private static long opened(Scene s) {
		return fixtures(s).opened(keeper(s), s.projectId(), evaluator(s));
	}

	private static long evaluated(Scene s) {
		return fixtures(s).evaluated(keeper(s), s.projectId(), evaluator(s));
	}

	private static long awarded(Scene s) {
		return fixtures(s).awarded(keeper(s), s.projectId(), evaluator(s));
	}

	private static long bid(Scene s, long tenderId) {
		return fixtures(s).bids(keeper(s), tenderId).get(0);
	}

	private static long agreement(Scene s) {
		return fixtures(s).agreement(keeper(s), "1000.00");
	}

	private static String tenderJson(Scene s) {
		return "{\"projectId\":" + s.projectId() + ",\"reference\":\"" + s.newCode() + "\",\"title\":\"Matrix tender\","
				+ "\"currency\":\"EUR\",\"opensAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\","
				+ "\"criteria\":[{\"code\":\"Q\",\"name\":\"Quality\",\"kind\":\"TECHNICAL\",\"weight\":\"60\","
				+ "\"maxScore\":10},{\"code\":\"P\",\"name\":\"Price\",\"kind\":\"FINANCIAL\",\"weight\":\"40\"}],"
				+ "\"committee\":[{\"personId\":" + evaluator(s).id() + ",\"chair\":true}]}";
	}

}
