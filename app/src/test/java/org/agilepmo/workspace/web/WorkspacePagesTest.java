package org.agilepmo.workspace.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page, the search and the hubs in the whole application: they render in every
 * language, a hub of a project the reader may not see answers 404, and looking at any of
 * them writes nothing.
 */
@PmoTest
class WorkspacePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	JdbcClient jdbc;

	PortfolioScene scene;

	PersonSummary manager;

	long portfolioId;

	long programmeId;

	PortfolioScene.ProjectRef project;

	@BeforeEach
	void scene() {
		this.scene = this.portfolios.scene();
		this.manager = this.scene.person("pm", ScreeningLevel.BASIC);
		this.portfolioId = this.scene.portfolio().id();
		this.programmeId = this.scene.programme(this.portfolioId).id();
		this.project = this.scene.project(this.portfolioId, Classification.PUBLIC,
				d -> inProgramme(PortfolioScene.withManager(d, this.manager.id()), this.programmeId));
	}

	List<String> pages() {
		long id = this.project.id();
		return List.of("/", "/search?q=" + this.project.code(), "/search?q=nothing+at+all&kind=project",
				"/projects/" + id + "/hub", "/projects/" + id + "/hub?tab=plan", "/projects/" + id + "/hub?tab=gates",
				"/projects/" + id + "/hub?tab=delivery", "/projects/" + id + "/hub?tab=risks",
				"/projects/" + id + "/hub?tab=budget", "/projects/" + id + "/hub?tab=reports",
				"/projects/" + id + "/hub?tab=team", "/projects/" + id + "/hub?tab=documents",
				"/projects/" + id + "/hub?tab=activity", "/portfolios/" + this.portfolioId + "/hub",
				"/programmes/" + this.programmeId + "/hub");
	}

	@Test
	void everyPageRendersInEveryLanguageWithItsDirection() throws Exception {
		for (String page : pages()) {
			for (String[] language : new String[][] { { "en", "ltr" }, { "fr", "ltr" }, { "es", "ltr" },
					{ "ar", "rtl" } }) {
				this.mvc.perform(get(page).param("lang", language[0]).with(this.people.as(this.manager)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("dir=\"" + language[1] + "\"")))
					.andExpect(content().string(not(containsString("??"))));
			}
		}
	}

	@Test
	void theProjectHubShowsWhereTheProjectSitsAndItsTabs() throws Exception {
		this.mvc.perform(get("/projects/" + this.project.id() + "/hub?tab=gates").with(this.people.as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"tablist\"")))
			.andExpect(content().string(containsString("aria-selected=\"true\"")))
			.andExpect(content().string(containsString("/portfolios/" + this.portfolioId + "/hub")))
			.andExpect(content().string(containsString("/programmes/" + this.programmeId + "/hub")))
			.andExpect(content().string(containsString("/projects/" + this.project.id() + "/gates")));
	}

	@Test
	void hubsOfWhatTheReaderMayNotSeeAnswer404() throws Exception {
		PersonSummary stranger = this.scene.person("stranger", ScreeningLevel.ENHANCED);
		PersonSummary notCleared = this.scene.person("basic", ScreeningLevel.BASIC);
		long portfolio = this.scene.portfolio().id();
		long programme = this.scene.programme(portfolio).id();
		long hidden = this.scene.project(portfolio, Classification.PUBLIC, d -> inProgramme(d, programme)).id();
		this.scene.giveProjectRole(hidden, notCleared, ProjectRole.TEAM_MEMBER);
		this.scene.classify(hidden, Classification.CONFIDENTIAL);
		for (PersonSummary person : List.of(stranger, notCleared)) {
			for (String hub : List.of("/projects/" + hidden + "/hub", "/portfolios/" + portfolio + "/hub",
					"/programmes/" + programme + "/hub")) {
				this.mvc.perform(get(hub).with(this.people.as(person))).andExpect(status().isNotFound());
			}
		}
	}

	@Test
	void theSearchApiAnswersPagesOfVisibleHits() throws Exception {
		String token = "Bearer " + this.people.tokenOf(this.manager);
		this.mvc
			.perform(get("/api/v1/search").param("q", "nothing at all " + this.project.code())
				.header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0))
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.facets").isEmpty());
	}

	@Test
	void lookingAtAnyOfThemWritesNothing() throws Exception {
		PersonSummary officer = this.scene.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		String token = "Bearer " + this.people.tokenOf(this.manager);
		this.mvc.perform(get("/").with(this.people.as(officer))).andExpect(status().isOk());
		Map<String, Long> before = rowCounts();
		for (String page : pages()) {
			for (PersonSummary person : List.of(this.manager, officer)) {
				this.mvc.perform(get(page).with(this.people.as(person))).andExpect(status().isOk());
			}
		}
		this.mvc.perform(get("/api/v1/search").param("q", this.project.code()).header("Authorization", token))
			.andExpect(status().isOk());
		assertThat(rowCounts()).isEqualTo(before);
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema()"
					+ " and table_type in ('BASE TABLE', 'TABLE') order by table_name")
			.query(String.class)
			.list();
		assertThat(tables).contains("workspace_search", "audit_entry");
		for (String table : tables) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static ProjectDraft inProgramme(ProjectDraft d, long programmeId) {
		return new ProjectDraft(d.code(), d.name(), d.description(), d.type(), d.methodology(), d.classification(),
				d.portfolioId(), programmeId, d.sponsorId(), d.businessOwnerId(), d.projectManagerId(), d.squadIds(),
				d.plannedStart(), d.plannedFinish(), d.health(), d.healthReason(), d.tags());
	}

}
