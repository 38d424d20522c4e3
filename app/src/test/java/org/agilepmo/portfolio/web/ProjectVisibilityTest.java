package org.agilepmo.portfolio.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.internal.PortfolioScene;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees and changes which project: a hidden project answers 404 everywhere (one
 * project, lists, search, counts, history, members); a visible one you may not change
 * answers 403 and stays as it was.
 */
@PmoTest
class ProjectVisibilityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioService portfolioService;

	@Autowired
	ProjectService projectService;

	@Autowired
	ProjectCatalogue catalogue;

	PortfolioScene scene;

	PortfolioView portfolio;

	@BeforeEach
	void scene() {
		this.scene = new PortfolioScene(this.identity, this.portfolioService, this.projectService);
		this.portfolio = this.scene.portfolio();
	}

	MockHttpServletRequestBuilder as(PersonSummary person, MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(person)).contentType(MediaType.APPLICATION_JSON);
	}

	void expectHidden(PersonSummary person, ProjectView project) throws Exception {
		this.mvc.perform(as(person, get("/api/v1/projects/{id}", project.id()))).andExpect(status().isNotFound());
		this.mvc.perform(as(person, get("/api/v1/projects/{id}/stage-history", project.id())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(person, get("/api/v1/projects/{id}/members", project.id())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(person, patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"name\":\"x\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(person, get("/api/v1/projects")).param("q", project.code()))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(as(person, get("/api/v1/projects")).param("portfolio", String.valueOf(project.portfolioId())))
			.andExpect(jsonPath("$.items[?(@.id == " + project.id() + ")]").isEmpty());
		assertThat(this.catalogue.findVisible(project.id(), PortfolioScene.actor(person))).isEmpty();
		assertThat(this.catalogue.mayEdit(project.id(), PortfolioScene.actor(person))).isFalse();
	}

	@Test
	void aPersonWithoutAnyRoleSeesNothingOfAProject() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		PersonSummary stranger = this.scene.person("stranger", ScreeningLevel.ENHANCED);

		expectHidden(stranger, project);
	}

	@Test
	void aRoleIsNotEnoughWhenTheScreeningDoesNotClearTheClassification() throws Exception {
		ProjectView restricted = this.scene.project(this.portfolio.id(), Classification.RESTRICTED);
		ProjectView confidential = this.scene.project(this.portfolio.id(), Classification.CONFIDENTIAL);
		PersonSummary basic = this.scene.person("basic", ScreeningLevel.BASIC);
		this.scene.givePortfolioRole(this.portfolio.id(), basic, PortfolioRole.PORTFOLIO_VIEWER);
		PersonSummary basicAdmin = this.scene.person("admin", ScreeningLevel.BASIC, GlobalRole.ADMINISTRATOR);

		this.mvc.perform(as(basic, get("/api/v1/projects/{id}", restricted.id()))).andExpect(status().isOk());
		expectHidden(basic, confidential);
		this.mvc.perform(as(basicAdmin, get("/api/v1/projects/{id}", restricted.id()))).andExpect(status().isOk());
		expectHidden(basicAdmin, confidential);
		this.mvc.perform(as(basic, get("/api/v1/projects")).param("portfolio", String.valueOf(this.portfolio.id())))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(restricted.id()));
	}

	@Test
	void countsNeverIncludeAHiddenProject() throws Exception {
		PersonSummary member = this.scene.person("member", ScreeningLevel.NONE);
		for (int i = 0; i < 3; i++) {
			ProjectView mine = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
			this.scene.giveProjectRole(mine.id(), member, ProjectRole.TEAM_MEMBER);
		}
		this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		ProjectView restrictedOfMine = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		this.scene.giveProjectRole(restrictedOfMine.id(), member, ProjectRole.TEAM_MEMBER);
		this.scene.classify(restrictedOfMine.id(), Classification.RESTRICTED);
		expectHidden(member, restrictedOfMine);

		this.mvc.perform(as(member, get("/api/v1/projects")).param("size", "2"))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
		this.mvc.perform(as(this.scene.officer(), get("/api/v1/projects")).param("portfolio",
				String.valueOf(this.portfolio.id())))
			.andExpect(jsonPath("$.totalItems").value(5));
	}

	@Test
	void aVisibleProjectYouMayNotChangeAnswers403AndStaysAsItWas() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		PersonSummary viewer = this.scene.person("viewer", ScreeningLevel.NONE);
		PersonSummary portfolioViewer = this.scene.person("pviewer", ScreeningLevel.NONE);
		this.scene.giveProjectRole(project.id(), viewer, ProjectRole.TEAM_MEMBER);
		this.scene.givePortfolioRole(this.portfolio.id(), portfolioViewer, PortfolioRole.PORTFOLIO_VIEWER);

		for (PersonSummary reader : new PersonSummary[] { viewer, portfolioViewer }) {
			this.mvc.perform(as(reader, get("/api/v1/projects/{id}", project.id()))).andExpect(status().isOk());
			this.mvc
				.perform(as(reader, patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"1\"")
					.content("{\"name\":\"Taken over\"}"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(as(reader, post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"1\"")
					.content("{\"stage\":\"CANCELLED\",\"reason\":\"why not\"}"))
				.andExpect(status().isForbidden());
		}
		ProjectView stored = this.scene.reload(project.id());
		assertThat(stored.name()).isEqualTo(project.name());
		assertThat(stored.stage()).isEqualTo(project.stage());
	}

	@Test
	void theProjectManagerAndThePortfolioManagerMayChangeIt() throws Exception {
		PersonSummary manager = this.scene.person("pm", ScreeningLevel.BASIC);
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.RESTRICTED,
				d -> PortfolioSceneDrafts.withManager(d, manager.id()));
		PersonSummary portfolioManager = this.scene.person("pfm", ScreeningLevel.BASIC);
		this.scene.givePortfolioRole(this.portfolio.id(), portfolioManager, PortfolioRole.PORTFOLIO_MANAGER);

		this.mvc
			.perform(as(manager, patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"name\":\"By the PM\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(as(portfolioManager, post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"1\"")
				.content("{\"stage\":\"SCOPING\",\"reason\":\"Approved\"}"))
			.andExpect(status().isOk());
		assertThat(this.catalogue.mayEdit(project.id(), PortfolioScene.actor(manager))).isTrue();
		assertThat(this.catalogue.findVisible(project.id(), PortfolioScene.actor(manager))).get()
			.satisfies(s -> assertThat(s.code()).isEqualTo(project.code()));
	}

	@Test
	void onlyThePmoAndTheTargetPortfoliosManagersCreateProjects() throws Exception {
		PersonSummary member = this.scene.person("member", ScreeningLevel.ENHANCED);
		PersonSummary viewer = this.scene.person("viewer", ScreeningLevel.ENHANCED);
		PersonSummary manager = this.scene.person("manager", ScreeningLevel.ENHANCED);
		this.scene.givePortfolioRole(this.portfolio.id(), viewer, PortfolioRole.PORTFOLIO_VIEWER);
		this.scene.givePortfolioRole(this.portfolio.id(), manager, PortfolioRole.PORTFOLIO_MANAGER);
		PortfolioView other = this.scene.portfolio();

		for (PersonSummary refused : new PersonSummary[] { member, viewer }) {
			this.mvc.perform(as(refused, post("/api/v1/projects")).content(newProject(this.portfolio.id())))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(as(manager, post("/api/v1/projects")).content(newProject(other.id())))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(manager, post("/api/v1/projects")).content(newProject(this.portfolio.id())))
			.andExpect(status().isCreated());
	}

	@Test
	void nobodyClassifiesAProjectAboveTheirOwnScreening() throws Exception {
		PersonSummary basicOfficer = this.scene.person("pmo", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER);

		this.mvc
			.perform(as(basicOfficer, post("/api/v1/projects"))
				.content(newProject(this.portfolio.id()).replace("PUBLIC", "CONFIDENTIAL")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("classification"));
	}

	static String newProject(long portfolioId) {
		return """
				{"code":"%s","name":"A project","type":"ICT","classification":"PUBLIC","portfolioId":%d}
				""".formatted(PortfolioScene.code("NEW"), portfolioId);
	}

}
