package org.agilepmo.knowledge.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.knowledge.KnowledgeFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Knowledge pages through the whole application: every version kept and shown, two
 * versions compared line by line; the search finds a French page by a word typed without
 * its accent, only for those who see the project; links between pages; Markdown made
 * safe; a stale edit refused.
 */
@PmoTest
class KnowledgeOverHttpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	KnowledgeFixtures knowledge;

	PersonSummary manager;

	PersonSummary reader;

	PersonSummary stranger;

	long projectId;

	String tag;

	@BeforeEach
	void aProjectWithItsManagerAReaderAndAStranger() {
		PortfolioScene scene = this.portfolios.scene();
		this.manager = this.people.person("pm", ScreeningLevel.BASIC);
		this.reader = this.people.person("reader", ScreeningLevel.BASIC);
		this.stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.RESTRICTED,
					d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		scene.giveProjectRole(this.projectId, this.reader, ProjectRole.TEAM_MEMBER);
		this.tag = "kb" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void everyVersionIsKeptShownAndComparedLineByLine() throws Exception {
		long page = this.knowledge.projectPage(this.manager, this.projectId, "Runbook " + this.tag,
				"Step one\nStep two\nStep three");
		this.knowledge.edit(this.manager, page, "Step one\nStep 2, revised\nStep three");
		long version = this.knowledge.version(this.manager, page);
		this.mvc
			.perform(post("/knowledge/pages/" + page).with(this.people.as(this.manager))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Runbook " + this.tag)
				.param("body", "Step one\nStep 2, revised\nStep three\nStep four")
				.param("note", "Added the fourth step"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/api/v1/knowledge-pages/" + page + "/revisions").with(this.people.as(this.reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].number").value(3))
			.andExpect(jsonPath("$[0].note").value("Added the fourth step"))
			.andExpect(jsonPath("$[2].body").value("Step one\nStep two\nStep three"));
		this.mvc.perform(get("/knowledge/pages/" + page).param("revision", "1").with(this.people.as(this.reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"old-revision\"")))
			.andExpect(content().string(containsString("Step two")))
			.andExpect(content().string(not(containsString("Step four"))));
		this.mvc
			.perform(get("/api/v1/knowledge-pages/" + page + "/diff").param("from", "1")
				.param("to", "3")
				.with(this.people.as(this.reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5))
			.andExpect(jsonPath("$[0].kind").value("SAME"))
			.andExpect(jsonPath("$[1].kind").value("REMOVED"))
			.andExpect(jsonPath("$[1].text").value("Step two"))
			.andExpect(jsonPath("$[2].kind").value("ADDED"))
			.andExpect(jsonPath("$[2].text").value("Step 2, revised"))
			.andExpect(jsonPath("$[3].kind").value("SAME"))
			.andExpect(jsonPath("$[4].kind").value("ADDED"))
			.andExpect(jsonPath("$[4].text").value("Step four"))
			.andExpect(jsonPath("$[4].newNumber").value(4));
		String diffPage = this.mvc
			.perform(get("/knowledge/pages/" + page + "/diff").param("from", "1")
				.param("to", "2")
				.with(this.people.as(this.reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(diffPage).contains("diff-removed").contains("diff-added").contains("Step 2, revised");
		this.mvc
			.perform(get("/knowledge/pages/" + page + "/diff").param("from", "1")
				.param("to", "2")
				.with(this.people.as(this.stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/knowledge-pages/" + page + "/revisions/9").with(this.people.as(this.reader)))
			.andExpect(status().isNotFound());
	}

	@Test
	void searchFindsAFrenchPageByAWordWithoutItsAccentOnlyForThoseWhoSeeTheProject() throws Exception {
		String word = "écoute" + this.tag;
		long page = this.knowledge.projectPage(this.manager, this.projectId, "Procédure " + this.tag,
				"La procédure d'" + word + " des partenaires et la réunion de clôture.");
		String folded = "ecoute" + this.tag;
		this.mvc.perform(get("/api/v1/search").param("q", folded).with(this.people.as(this.reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].link").value("/knowledge/pages/" + page))
			.andExpect(jsonPath("$.items[0].kind").value("knowledge-page"));
		this.mvc.perform(get("/api/v1/search").param("q", "procedure " + this.tag).with(this.people.as(this.reader)))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(get("/api/v1/search").param("q", folded).with(this.people.as(this.stranger)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0))
			.andExpect(jsonPath("$.facets.length()").value(0));
		this.mvc.perform(get("/knowledge/pages/" + page).with(this.people.as(this.stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/knowledge-pages/" + page).with(this.people.as(this.stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/knowledge-pages").param("scope", "PROJECT")
				.param("scopeId", String.valueOf(this.projectId))
				.with(this.people.as(this.stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void pagesLinkToEachOtherByTitleAndTheirMarkdownIsMadeSafe() throws Exception {
		long target = this.knowledge.projectPage(this.manager, this.projectId, "Glossary " + this.tag, "Terms");
		long page = this.knowledge.projectPage(this.manager, this.projectId, "Home " + this.tag,
				"See [[Glossary " + this.tag + "]] and [[Nowhere " + this.tag + "]].\n\n<script>alert(1)</script>\n\n"
						+ "[bad](javascript:alert(1)) **bold**");
		this.mvc.perform(get("/api/v1/knowledge-pages/" + page).with(this.people.as(this.reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.html", containsString("href=\"/knowledge/pages/" + target + "\"")))
			.andExpect(jsonPath("$.html", containsString("<span class=\"wiki-missing\">Nowhere " + this.tag)))
			.andExpect(jsonPath("$.html", containsString("<strong>bold</strong>")))
			.andExpect(jsonPath("$.html", not(containsString("<script"))))
			.andExpect(jsonPath("$.html", not(containsString("javascript:"))));
	}

	@Test
	void aStaleEditIsRefusedAndOnlyThoseWhoMayChangeTheProjectWrite() throws Exception {
		long page = this.knowledge.projectPage(this.manager, this.projectId, "Stale " + this.tag, "One");
		long version = this.knowledge.version(this.manager, page);
		this.knowledge.edit(this.manager, page, "Two");
		this.mvc
			.perform(patch("/api/v1/knowledge-pages/" + page).with(this.people.as(this.manager))
				.with(csrf())
				.header("If-Match", "\"" + version + "\"")
				.contentType("application/json")
				.content("{\"body\":\"Three\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(post("/knowledge/pages/" + page).with(this.people.as(this.manager))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("title", "Stale " + this.tag)
				.param("body", "Three"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Three")));
		this.mvc
			.perform(patch("/api/v1/knowledge-pages/" + page).with(this.people.as(this.reader))
				.with(csrf())
				.header("If-Match", "\"" + this.knowledge.version(this.manager, page) + "\"")
				.contentType("application/json")
				.content("{\"body\":\"Reader's\"}"))
			.andExpect(status().isForbidden());
	}

}
