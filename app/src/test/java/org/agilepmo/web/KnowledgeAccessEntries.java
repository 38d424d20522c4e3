package org.agilepmo.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.knowledge.KnowledgeFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * The knowledge base in the access matrix: the methodology's list is every signed-in
 * person's; a project's pages follow the project's rule (404 to those who may not see it,
 * written by whoever may change it). A unit's pages are its members' and the PMO's
 * ({@code KnowledgeOverHttpTest} shows the project's; the unit's follow the partners'
 * rule).
 */
final class KnowledgeAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/knowledge", s -> Sample.of("/knowledge")),
			signedIn("GET", "/api/v1/knowledge-pages", s -> Sample.of("/api/v1/knowledge-pages?scope=PMO")),
			project("GET", "/projects/{id}/knowledge", s -> Sample.of("/projects/" + s.projectId() + "/knowledge")),
			project("POST", "/knowledge",
					s -> Sample.of("/knowledge")
						.form(Map.of("scope", "PROJECT", "scopeId", String.valueOf(s.projectId()), "title", title(),
								"body", "Matrix"))),
			project("POST", "/api/v1/knowledge-pages",
					s -> Sample.of("/api/v1/knowledge-pages")
						.json("{\"scope\":\"PROJECT\",\"scopeId\":" + s.projectId() + ",\"title\":\"" + title()
								+ "\",\"body\":\"Matrix\"}")),
			project("GET", "/knowledge/pages/{id}", s -> Sample.of("/knowledge/pages/" + page(s))),
			project("POST", "/knowledge/pages/{id}", s -> {
				long id = page(s);
				return Sample.of("/knowledge/pages/" + id)
					.form(Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id)), "title", title(),
							"body", "Changed"));
			}),
			project("GET", "/knowledge/pages/{id}/diff",
					s -> Sample.of("/knowledge/pages/" + edited(s) + "/diff?from=1&to=2")),
			project("GET", "/api/v1/knowledge-pages/{id}", s -> Sample.of("/api/v1/knowledge-pages/" + page(s))),
			project("PATCH", "/api/v1/knowledge-pages/{id}", s -> {
				long id = page(s);
				return Sample.of("/api/v1/knowledge-pages/" + id)
					.json("{\"body\":\"Patched\"}")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}),
			project("GET", "/api/v1/knowledge-pages/{id}/revisions",
					s -> Sample.of("/api/v1/knowledge-pages/" + page(s) + "/revisions")),
			project("GET", "/api/v1/knowledge-pages/{id}/revisions/{number}",
					s -> Sample.of("/api/v1/knowledge-pages/" + page(s) + "/revisions/1")),
			project("GET", "/api/v1/knowledge-pages/{id}/diff",
					s -> Sample.of("/api/v1/knowledge-pages/" + edited(s) + "/diff?from=1&to=2")));

	private KnowledgeAccessEntries() {
	}

	private static KnowledgeFixtures fixtures(Scene s) {
		return s.bean(KnowledgeFixtures.class);
	}

	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	private static String title() {
		return "Matrix page " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static long page(Scene s) {
		return fixtures(s).projectPage(keeper(s), s.projectId(), title(), "Matrix");
	}

	private static long edited(Scene s) {
		long id = page(s);
		fixtures(s).edit(keeper(s), id, "Matrix, changed");
		return id;
	}

}
