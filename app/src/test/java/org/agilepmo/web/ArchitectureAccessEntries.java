package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.architecture.ArchitectureFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.IntakeFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Architecture in the access matrix. The catalogue, the radar, the public applications
 * and the graph are every signed-in person's (the applications filtered by their
 * screening); keeping the catalogue and the portfolio, importing, deciding reviews and
 * renewing waivers are the board's (administrators act as the board); a project's
 * reviews, technologies and conditions follow the project's rule.
 */
final class ArchitectureAccessEntries {

	private static final GlobalRole[] BOARD = { GlobalRole.ADMINISTRATOR, GlobalRole.ARCHITECTURE_BOARD };

	private static final String MODEL = "<?xml version=\"1.0\"?><model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"id-matrix\"><name>Matrix</name>"
			+ "<elements><element identifier=\"id-matrix-app\" xsi:type=\"ApplicationComponent\"><name>Matrix app</name>"
			+ "</element></elements></model>";

	static final List<Entry> ENTRIES = List.of(
			// API: catalogue
			signedIn("GET", "/api/v1/architecture/catalogue", s -> Sample.of("/api/v1/architecture/catalogue")),
			role("POST", "/api/v1/architecture/catalogue",
					s -> Sample.of("/api/v1/architecture/catalogue")
						.json("{\"name\":\"" + s.newCode() + "\",\"kind\":\"TECHNOLOGY\",\"ring\":\"ASSESS\","
								+ "\"quadrant\":\"TOOLS\"}"),
					BOARD),
			signedIn("GET", "/api/v1/architecture/catalogue/{id}",
					s -> Sample.of("/api/v1/architecture/catalogue/" + entry(s))),
			role("PATCH", "/api/v1/architecture/catalogue/{id}", s -> {
				long id = entry(s);
				return Sample.of("/api/v1/architecture/catalogue/" + id)
					.json("{\"ring\":\"TRIAL\"}")
					.ifMatch(fixtures(s).entryVersion(id));
			}, BOARD),
			// API: applications
			signedIn("GET", "/api/v1/architecture/applications", s -> Sample.of("/api/v1/architecture/applications")),
			role("POST", "/api/v1/architecture/applications",
					s -> Sample.of("/api/v1/architecture/applications")
						.json("{\"code\":\"" + s.newCode() + "\",\"name\":\"Matrix\",\"kind\":\"APPLICATION\","
								+ "\"hosting\":\"SAAS\",\"classification\":\"PUBLIC\",\"debtRating\":\"A\","
								+ "\"lifecycle\":\"PLAN\"}"),
					BOARD),
			signedIn("GET", "/api/v1/architecture/applications/{id}",
					s -> Sample.of("/api/v1/architecture/applications/" + app(s))),
			role("PATCH", "/api/v1/architecture/applications/{id}", s -> {
				long id = app(s);
				return Sample.of("/api/v1/architecture/applications/" + id)
					.json("{\"capability\":\"Matrix\"}")
					.ifMatch(fixtures(s).applicationVersion(board(s), id));
			}, BOARD), role("POST", "/api/v1/architecture/applications/{id}/lifecycle", s -> {
				long id = app(s);
				return Sample.of("/api/v1/architecture/applications/" + id + "/lifecycle")
					.json("{\"lifecycle\":\"PHASE_OUT\"}")
					.ifMatch(fixtures(s).applicationVersion(board(s), id));
			}, BOARD),
			signedIn("GET", "/api/v1/architecture/applications/{id}/dependencies",
					s -> Sample.of("/api/v1/architecture/applications/" + app(s) + "/dependencies")),
			role("POST", "/api/v1/architecture/applications/{id}/dependencies", s -> {
				long id = app(s);
				return Sample.of("/api/v1/architecture/applications/" + id + "/dependencies")
					.json("{\"toId\":" + app(s) + "}")
					.ifMatch(fixtures(s).applicationVersion(board(s), id));
			}, BOARD), signedIn("GET", "/api/v1/architecture/graph", s -> Sample.of("/api/v1/architecture/graph")),
			role("POST", "/api/v1/architecture/applications/import",
					s -> Sample.of("/api/v1/architecture/applications/import").file("model.xml", MODEL), BOARD),
			// API: reviews and technologies
			project("GET", "/api/v1/projects/{id}/architecture-reviews",
					s -> Sample.of(api(s) + "/architecture-reviews")),
			project("POST", "/api/v1/projects/{id}/architecture-reviews",
					s -> Sample.of(api(s) + "/architecture-reviews")
						.json("{\"kind\":\"SOLUTION_DESIGN\",\"title\":\"Matrix\"}")),
			signedIn("POST", "/api/v1/concept-notes/{id}/architecture-reviews",
					s -> Sample.of("/api/v1/concept-notes/" + note(s) + "/architecture-reviews")
						.json("{\"kind\":\"HOSTING\",\"title\":\"Matrix\"}")),
			signedIn("GET", "/api/v1/architecture-reviews", s -> Sample.of("/api/v1/architecture-reviews")),
			project("GET", "/api/v1/architecture-reviews/{id}",
					s -> Sample.of("/api/v1/architecture-reviews/" + review(s))),
			role("POST", "/api/v1/architecture-reviews/{id}/checklist", s -> {
				long id = review(s);
				return Sample.of("/api/v1/architecture-reviews/" + id + "/checklist")
					.json("{\"met\":{}}")
					.ifMatch(fixtures(s).reviewVersion(board(s), id));
			}, BOARD), role("POST", "/api/v1/architecture-reviews/{id}/decision", s -> {
				long id = review(s);
				return Sample.of("/api/v1/architecture-reviews/" + id + "/decision")
					.json("{\"decision\":\"APPROVED\"}")
					.ifMatch(fixtures(s).reviewVersion(board(s), id));
			}, BOARD), project("POST", "/api/v1/review-conditions/{id}/done", s -> {
				long id = condition(s);
				return Sample.of("/api/v1/review-conditions/" + id + "/done")
					.ifMatch(fixtures(s).conditionVersion(board(s), id));
			}), project("GET", "/api/v1/projects/{id}/technologies", s -> Sample.of(api(s) + "/technologies")),
			project("POST", "/api/v1/projects/{id}/technologies",
					s -> Sample.of(api(s) + "/technologies")
						.json("{\"name\":\"" + s.newCode() + "\",\"waiverReason\":\"Matrix\",\"waiverExpiresOn\":\""
								+ java.time.LocalDate.now().plusMonths(2) + "\"}")),
			role("POST", "/api/v1/technology-uses/{id}/waiver", s -> {
				long id = use(s);
				return Sample.of("/api/v1/technology-uses/" + id + "/waiver")
					.json("{\"reason\":\"Matrix\",\"expiresOn\":\"" + java.time.LocalDate.now().plusMonths(2) + "\"}")
					.ifMatch(fixtures(s).useVersion(board(s), id));
			}, BOARD),
			// Pages
			signedIn("GET", "/architecture", s -> Sample.of("/architecture")),
			signedIn("GET", "/architecture/applications", s -> Sample.of("/architecture/applications")),
			role("POST", "/architecture/applications",
					s -> Sample.of("/architecture/applications")
						.form(Map.of("code", s.newCode(), "name", "Matrix", "kind", "APPLICATION", "hosting", "SAAS",
								"classification", "PUBLIC", "debtRating", "A", "lifecycle", "PLAN")),
					BOARD),
			role("POST", "/architecture/applications/import",
					s -> Sample.of("/architecture/applications/import").file("model.xml", MODEL), BOARD),
			signedIn("GET", "/architecture/applications/{id}", s -> Sample.of("/architecture/applications/" + app(s))),
			role("POST", "/architecture/applications/{id}/lifecycle", s -> {
				long id = app(s);
				return Sample.of("/architecture/applications/" + id + "/lifecycle")
					.form(Map.of("lifecycle", "PHASE_OUT", "version",
							String.valueOf(fixtures(s).applicationVersion(board(s), id))));
			}, BOARD), role("POST", "/architecture/applications/{id}/dependencies", s -> {
				long id = app(s);
				return Sample.of("/architecture/applications/" + id + "/dependencies")
					.form(Map.of("toId", String.valueOf(app(s)), "version",
							String.valueOf(fixtures(s).applicationVersion(board(s), id))));
			}, BOARD), role("POST", "/architecture/applications/{id}/links", s -> {
				long id = app(s);
				return Sample.of("/architecture/applications/" + id + "/links")
					.form(Map.of("version", String.valueOf(fixtures(s).applicationVersion(board(s), id))));
			}, BOARD), signedIn("GET", "/architecture/radar", s -> Sample.of("/architecture/radar")),
			role("POST", "/architecture/catalogue", s -> Sample.of("/architecture/catalogue")
				.form(Map.of("name", s.newCode(), "kind", "PATTERN", "ring", "ADOPT", "quadrant", "TECHNIQUES")),
					BOARD),
			role("POST", "/architecture/catalogue/{id}/ring", s -> {
				long id = entry(s);
				return Sample.of("/architecture/catalogue/" + id + "/ring")
					.form(Map.of("ring", "HOLD", "version", String.valueOf(fixtures(s).entryVersion(id))));
			}, BOARD), signedIn("GET", "/architecture/reviews", s -> Sample.of("/architecture/reviews")),
			project("GET", "/architecture/reviews/{id}", s -> Sample.of("/architecture/reviews/" + review(s))),
			role("POST", "/architecture/reviews/{id}/decision", s -> {
				long id = review(s);
				return Sample.of("/architecture/reviews/" + id + "/decision")
					.form(Map.of("decision", "APPROVED", "version",
							String.valueOf(fixtures(s).reviewVersion(board(s), id))));
			}, BOARD), project("POST", "/review-conditions/{id}/done", s -> {
				long id = condition(s);
				return Sample.of("/review-conditions/" + id + "/done")
					.form(Map.of("version", String.valueOf(fixtures(s).conditionVersion(board(s), id))));
			}), project("GET", "/projects/{id}/architecture", s -> Sample.of(page(s) + "/architecture")),
			project("POST", "/projects/{id}/architecture/reviews",
					s -> Sample.of(page(s) + "/architecture/reviews")
						.form(Map.of("kind", "HOSTING", "title", "Matrix"))),
			project("POST", "/projects/{id}/architecture/technologies",
					s -> Sample.of(page(s) + "/architecture/technologies")
						.form(Map.of("name", s.newCode(), "waiverReason", "Matrix", "waiverExpiresOn",
								java.time.LocalDate.now().plusMonths(2).toString()))),
			role("POST", "/technology-uses/{id}/waiver", s -> {
				long id = use(s);
				return Sample.of("/technology-uses/" + id + "/waiver")
					.form(Map.of("reason", "Matrix", "expiresOn", java.time.LocalDate.now().plusMonths(2).toString(),
							"version", String.valueOf(fixtures(s).useVersion(board(s), id))));
			}, BOARD));

	private ArchitectureAccessEntries() {
	}

	private static String api(Scene s) {
		return "/api/v1/projects/" + s.projectId();
	}

	private static String page(Scene s) {
		return "/projects/" + s.projectId();
	}

	private static ArchitectureFixtures fixtures(Scene s) {
		return s.bean(ArchitectureFixtures.class);
	}

	/** The board as the scene has it: the administrator. */
	private static PersonSummary board(Scene s) {
		return s.holderOf(GlobalRole.ADMINISTRATOR);
	}

	/** Someone who may change every project: the PMO officer. */
	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	private static long entry(Scene s) {
		return fixtures(s).entry(board(s), "ASSESS");
	}

	private static long app(Scene s) {
		return fixtures(s).application(board(s), Classification.PUBLIC);
	}

	private static long review(Scene s) {
		return fixtures(s).review(keeper(s), s.projectId());
	}

	private static long condition(Scene s) {
		return fixtures(s).approveWithCondition(board(s), review(s), keeper(s));
	}

	private static long use(Scene s) {
		return fixtures(s).unknownTechnology(keeper(s), s.projectId());
	}

	private static long note(Scene s) {
		return s.bean(IntakeFixtures.class).submitted(s.member(), "Matrix note", Classification.PUBLIC).id();
	}

}
