package org.agilepmo.delivery.web;

import java.util.List;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The delivery API: items with ETags and If-Match, WIP refusals as problem+json naming
 * the field, the Jira CSV import (all or nothing, errors naming row and column), and
 * items linked to a project following the project's access rule.
 */
@PmoTest
class DeliveryApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	BacklogService backlog;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	DeliveryScene scene;

	@BeforeEach
	void scene() {
		this.scene = new DeliveryScene(this.people, this.organisation);
	}

	MockHttpServletRequestBuilder asMember(MockHttpServletRequestBuilder request) {
		return request.with(this.people.as(this.scene.squadMember())).contentType(MediaType.APPLICATION_JSON);
	}

	String items() {
		return "/api/v1/squads/" + this.scene.squadId() + "/backlog-items";
	}

	MvcResult createStory(String title) throws Exception {
		return this.mvc.perform(asMember(post(items())).content("""
				{"type":"STORY","title":"%s","storyPoints":5,"labels":["Web"," api "],
				 "acceptanceCriteria":"Given a user, when they log in, then they see the home page"}
				""".formatted(title)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.labels[0]").value("api"))
			.andReturn();
	}

	long idOf(MvcResult result) throws Exception {
		return Long.parseLong(result.getResponse().getHeader("Location").replaceAll(".*/", ""));
	}

	@Test
	void changesNeedTheCurrentETag() throws Exception {
		long id = idOf(createStory("Log in"));
		this.mvc.perform(asMember(patch("/api/v1/backlog-items/" + id)).content("{\"title\":\"Sign in\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(asMember(patch("/api/v1/backlog-items/" + id)).header("If-Match", "\"0\"")
				.content("{\"title\":\"Sign in\",\"description\":null}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Sign in"))
			.andExpect(jsonPath("$.storyPoints").value(5));
		this.mvc
			.perform(asMember(patch("/api/v1/backlog-items/" + id)).header("If-Match", "\"0\"")
				.content("{\"title\":\"Lost\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(asMember(get("/api/v1/backlog-items/" + id)))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Sign in"));
	}

	@Test
	void aMoveIntoAFullColumnAnswersAProblemNamingTheColumn() throws Exception {
		String column = this.mvc
			.perform(asMember(post("/api/v1/squads/" + this.scene.squadId() + "/board-columns"))
				.content("{\"name\":\"Doing\",\"category\":\"IN_PROGRESS\",\"wipLimit\":1}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1");
		long first = idOf(createStory("First"));
		long second = idOf(createStory("Second"));
		this.mvc
			.perform(asMember(post("/api/v1/backlog-items/" + first + "/column")).header("If-Match", "\"0\"")
				.content("{\"columnId\":" + column + "}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(asMember(post("/api/v1/backlog-items/" + second + "/column")).header("If-Match", "\"0\"")
				.content("{\"columnId\":" + column + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors[0].field").value("columnId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("WIP")));

	}

	static final String JIRA = String.join("\r\n",
			"Issue key,Issue id,Summary,Issue Type,Status,Custom field (Story Points),Parent,Labels,Labels,Description",
			"PAY-1,10001,Payments,Epic,To Do,,,,,\"All about paying\"",
			"PAY-2,10002,\"Pay by card, online\",Story,In Progress,5,10001,web,cards,\"As a donor, I pay \"\"by card\"\"\"",
			"PAY-3,10003,Refunds,Story,Done,3,PAY-1,web,,", "PAY-4,10004,Card form,Sub-task,To Do,,PAY-2,,,", "");

	@Test
	void aJiraExportBecomesABacklogWithParentsLabelsPointsAndStatus() throws Exception {
		this.mvc.perform(asMember(post(items() + "/import")).contentType("text/csv").content(JIRA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(4));
		List<ItemView> imported = this.backlog.backlog(this.scene.member(), this.scene.squadId());
		assertThat(imported).extracting(ItemView::externalKey).containsExactly("PAY-1", "PAY-2", "PAY-3", "PAY-4");
		ItemView epic = imported.get(0);
		ItemView card = imported.get(1);
		assertThat(card.title()).isEqualTo("Pay by card, online");
		assertThat(card.description()).isEqualTo("As a donor, I pay \"by card\"");
		assertThat(card.parentId()).isEqualTo(epic.id());
		assertThat(card.labels()).containsExactlyInAnyOrder("web", "cards");
		assertThat(card.storyPoints()).isEqualTo(5);
		assertThat(card.category().name()).isEqualTo("IN_PROGRESS");
		assertThat(imported.get(2).category().name()).isEqualTo("DONE");
		assertThat(imported.get(3).parentId()).isEqualTo(card.id());

		this.mvc
			.perform(asMember(post(items() + "/import")).contentType("text/csv")
				.content(JIRA.replace("Refunds,Story,Done,3", "Refunds,Story,Done,3.5")))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.backlog.backlog(this.scene.member(), this.scene.squadId())).hasSize(4);
	}

	@Test
	void aBadRowChangesNothingAndTheErrorNamesRowAndColumn() throws Exception {
		String bad = JIRA.replace("PAY-3,10003,Refunds,Story", "PAY-3,10003,Refunds,Initiative");
		this.mvc.perform(asMember(post(items() + "/import")).contentType("text/csv").content(bad))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("row 4, column Issue Type"))
			.andExpect(jsonPath("$.detail").value(containsString("Initiative")));
		String orphan = JIRA.replace(",PAY-2,,,", ",PAY-9,,,");
		this.mvc.perform(asMember(post(items() + "/import")).contentType("text/csv").content(orphan))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("row 5, column Parent"));
		assertThat(this.backlog.backlog(this.scene.member(), this.scene.squadId())).isEmpty();
	}

	@Test
	void anItemLinkedToAProjectFollowsTheProjectsRule() throws Exception {
		PortfolioScene portfolios = this.portfolioFixtures.scene();
		PortfolioScene.ProjectRef project = portfolios.project(portfolios.portfolio().id(), Classification.RESTRICTED);
		portfolios.giveProjectRole(project.id(), this.scene.squadMember(), ProjectRole.TEAM_MEMBER);
		MvcResult created = this.mvc.perform(asMember(post(items())).content("""
				{"type":"STORY","title":"Behind milestone M2","storyPoints":8,"projectId":%d,"milestoneRef":"M2"}
				""".formatted(project.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.projectCode").value(project.code()))
			.andReturn();
		long id = idOf(created);
		PersonSummary teammate = this.people.person("teammate", ScreeningLevel.ENHANCED);
		this.people.actingAs(this.scene.administrator(),
				() -> this.organisation.addMember(this.scene.squadId(), teammate.id()));
		this.mvc.perform(get("/api/v1/backlog-items/" + id).with(this.people.as(teammate)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(items()).with(this.people.as(teammate)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(asMember(get("/api/v1/projects/" + project.id() + "/delivery")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones[0].milestoneRef").value("M2"))
			.andExpect(jsonPath("$.milestones[0].points").value(8));
		this.mvc.perform(get("/api/v1/projects/" + project.id() + "/delivery").with(this.people.as(teammate)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theProjectsPlanShowsTheProgressOfTheStoriesBehindAnActivity() throws Exception {
		PortfolioScene portfolios = this.portfolioFixtures.scene();
		PortfolioScene.ProjectRef project = portfolios.project(portfolios.portfolio().id(), Classification.PUBLIC);
		portfolios.giveProjectRole(project.id(), this.scene.squadMember(), ProjectRole.TEAM_MEMBER);
		MvcResult milestone = this.mvc
			.perform(post("/api/v1/projects/" + project.id() + "/plan/activities")
				.with(this.people.as(this.scene.administrator()))
				.contentType("application/json")
				.content("{\"name\":\"Release to pilot\",\"durationMinutes\":0}"))
			.andExpect(status().isCreated())
			.andReturn();
		long activityId = idOf(milestone);
		for (int points : new int[] { 5, 3 }) {
			this.mvc.perform(asMember(post(items())).content("""
					{"type":"STORY","title":"Story of %d points","storyPoints":%d,"projectId":%d,"milestoneRef":"%d"}
					""".formatted(points, points, project.id(), activityId))).andExpect(status().isCreated());
		}
		this.mvc.perform(get("/projects/" + project.id() + "/plan").with(this.people.as(this.scene.administrator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Release to pilot")))
			.andExpect(content().string(containsString("0 / 2")))
			.andExpect(content().string(containsString("0 / 8")));
	}

}
