package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.intake.IntakeFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Demand intake in the access matrix. Lists, submission and the scoring model are open to
 * every member (lists filtered); a note itself is seen by its submitter, its assessors
 * and the PMO: the samples use a note submitted by another person, so that the member
 * gets 404 and the PMO gets through.
 */
final class IntakeAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/intake", s -> Sample.of("/intake")),
			signedIn("GET", "/intake/compare", s -> Sample.of("/intake/compare?ids=" + note(s).id())),
			signedIn("GET", "/intake/new", s -> Sample.of("/intake/new")),
			signedIn("POST", "/intake",
					s -> Sample.of("/intake")
						.form(Map.of("title", "Matrix note", "problem", "A problem", "objectives", "Objectives",
								"urgency", "LOW", "classification", "PUBLIC", "currency", "EUR"))),
			role("GET", "/intake/{id}", s -> Sample.of("/intake/" + note(s).id()), PMO),
			role("GET", "/intake/{id}/edit", s -> Sample.of("/intake/" + note(s).id() + "/edit"), PMO),
			role("POST", "/intake/{id}/edit", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/intake/" + n.id() + "/edit")
					.form(Map.of("title", "Revised", "problem", "A problem", "objectives", "Objectives", "urgency",
							"LOW", "classification", "PUBLIC", "currency", "EUR", "version",
							String.valueOf(n.version())));
			}, PMO), role("POST", "/intake/{id}/assessors", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/intake/" + n.id() + "/assessors")
					.form(Map.of("personId", String.valueOf(s.projectManager().id()), "version",
							String.valueOf(n.version())));
			}, PMO), role("POST", "/intake/{id}/assessment", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/intake/" + n.id() + "/assessment")
					.form(Map.of("version", String.valueOf(n.version()), "feasibility", "HIGH", "costs[0].category",
							"HOSTING", "costs[0].kind", "RECURRING", "costs[0].amount", "1200"));
			}, PMO), role("POST", "/intake/{id}/scores", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/intake/" + n.id() + "/scores")
					.form(Map.of("version", String.valueOf(n.version()), "score-" + criterion(s).id(), "3"));
			}, PMO), role("POST", "/intake/{id}/decisions", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/intake/" + n.id() + "/decisions")
					.form(Map.of("version", String.valueOf(n.version()), "status", "IN_ASSESSMENT", "reason",
							"Matrix"));
			}, PMO), signedIn("GET", "/intake/scoring", s -> Sample.of("/intake/scoring")),
			role("POST", "/intake/scoring",
					s -> Sample.of("/intake/scoring")
						.form(Map.of("code", criterionCode(s), "name", "Matrix criterion", "weight", "0")),
					PMO),
			role("POST", "/intake/scoring/{criterionId}", s -> {
				IntakeFixtures.CriterionRef c = criterion(s);
				return Sample.of("/intake/scoring/" + c.id())
					.form(Map.of("version", String.valueOf(c.version()), "name", c.name(), "weight",
							c.weight().toPlainString(), "scaleMin", String.valueOf(c.scaleMin()), "scaleMax",
							String.valueOf(c.scaleMax()), "lowerIsBetter", String.valueOf(c.lowerIsBetter()), "active",
							"true"));
			}, PMO),
			role("GET", "/intake/prioritisation",
					s -> Sample.of("/intake/prioritisation?currency=EUR&budget=1000&budget=1000&budget=1000"), PMO),
			// API
			role("GET", "/api/v1/prioritisation",
					s -> Sample.of("/api/v1/prioritisation?currency=EUR&budget=1000&budget=1000&budget=1000"), PMO),
			signedIn("GET", "/api/v1/concept-notes", s -> Sample.of("/api/v1/concept-notes")),
			signedIn("POST", "/api/v1/concept-notes",
					s -> Sample.of("/api/v1/concept-notes")
						.json("{\"title\":\"Matrix\",\"problem\":\"P\",\"objectives\":\"O\",\"urgency\":\"LOW\","
								+ "\"classification\":\"PUBLIC\"}")),
			signedIn("GET", "/api/v1/concept-notes/compare",
					s -> Sample.of("/api/v1/concept-notes/compare?ids=" + note(s).id())),
			role("GET", "/api/v1/concept-notes/{id}", s -> Sample.of("/api/v1/concept-notes/" + note(s).id()), PMO),
			role("PUT", "/api/v1/concept-notes/{id}", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/api/v1/concept-notes/" + n.id())
					.json("{\"title\":\"Revised\",\"problem\":\"P\",\"objectives\":\"O\",\"urgency\":\"LOW\","
							+ "\"classification\":\"PUBLIC\"}")
					.ifMatch(n.version());
			}, PMO), role("PUT", "/api/v1/concept-notes/{id}/assessors/{personId}", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/api/v1/concept-notes/" + n.id() + "/assessors/" + s.projectManager().id())
					.ifMatch(n.version());
			}, PMO), role("PUT", "/api/v1/concept-notes/{id}/assessment", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/api/v1/concept-notes/" + n.id() + "/assessment")
					.json("{\"feasibility\":\"MEDIUM\",\"costs\":[{\"category\":\"STAFF\",\"kind\":\"ONE_OFF\","
							+ "\"amount\":1000}]}")
					.ifMatch(n.version());
			}, PMO), role("PUT", "/api/v1/concept-notes/{id}/scores", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/api/v1/concept-notes/" + n.id() + "/scores")
					.json("{\"scores\":{\"" + criterion(s).id() + "\":2}}")
					.ifMatch(n.version());
			}, PMO), role("POST", "/api/v1/concept-notes/{id}/decisions", s -> {
				IntakeFixtures.NoteRef n = note(s);
				return Sample.of("/api/v1/concept-notes/" + n.id() + "/decisions")
					.json("{\"status\":\"DEFERRED\",\"reason\":\"Matrix\"}")
					.ifMatch(n.version());
			}, PMO),
			role("GET", "/api/v1/concept-notes/{id}/decisions",
					s -> Sample.of("/api/v1/concept-notes/" + note(s).id() + "/decisions"), PMO),
			signedIn("GET", "/api/v1/scoring-model", s -> Sample.of("/api/v1/scoring-model")),
			role("POST", "/api/v1/scoring-model/criteria",
					s -> Sample.of("/api/v1/scoring-model/criteria")
						.json("{\"code\":\"" + criterionCode(s) + "\",\"name\":\"Matrix\",\"weight\":0}"),
					PMO),
			role("PUT", "/api/v1/scoring-model/criteria/{criterionId}", s -> {
				IntakeFixtures.CriterionRef c = criterion(s);
				return Sample.of("/api/v1/scoring-model/criteria/" + c.id())
					.json("{\"name\":\"" + c.name() + "\",\"weight\":" + c.weight().toPlainString() + ",\"scaleMin\":"
							+ c.scaleMin() + ",\"scaleMax\":" + c.scaleMax() + ",\"lowerIsBetter\":" + c.lowerIsBetter()
							+ ",\"active\":true}")
					.ifMatch(c.version());
			}, PMO));

	private IntakeAccessEntries() {
	}

	/** A fresh note submitted by a person other than the one making the request. */
	static IntakeFixtures.NoteRef note(Scene s) {
		return s.bean(IntakeFixtures.class).submitted(s.target(), "Matrix note", Classification.PUBLIC);
	}

	static IntakeFixtures.CriterionRef criterion(Scene s) {
		return s.bean(IntakeFixtures.class).firstCriterion();
	}

	static String criterionCode(Scene s) {
		return s.newCode().replace('-', '_');
	}

}
