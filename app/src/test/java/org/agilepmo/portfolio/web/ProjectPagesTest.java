package org.agilepmo.portfolio.web;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.internal.PortfolioScene;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project pages: the list, a project's page with its stage form, creating and editing
 * through the forms, and a stale edit that answers 409 and overwrites nothing.
 */
@PmoTest
class ProjectPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioService portfolioService;

	@Autowired
	ProjectService projectService;

	@Autowired
	AuditTrail audit;

	PortfolioScene scene;

	PortfolioView portfolio;

	@BeforeEach
	void scene() {
		this.scene = new PortfolioScene(this.identity, this.portfolioService, this.projectService);
		this.portfolio = this.scene.portfolio();
	}

	long auditEntries(long projectId) {
		return this.audit.count(ScreeningLevel.ENHANCED,
				new AuditQuery("project", String.valueOf(projectId), null, 0, 50));
	}

	@Test
	void theListShowsVisibleProjectsWithSortableHeadersAndFilters() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc
			.perform(get("/projects").param("portfolio", String.valueOf(this.portfolio.id()))
				.param("sort", "name,desc")
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString(project.code()), containsString("aria-sort=\"descending\""),
							containsString("<label for=\"f-stage\""), containsString("<caption"))));
	}

	@Test
	void aProjectPageOffersOnlyTheAllowedNextStages() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		String html = this.mvc.perform(get("/projects/{id}", project.id()).with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String stageSelect = html.substring(html.indexOf("id=\"stage-target\""),
				html.indexOf("</select>", html.indexOf("id=\"stage-target\"")));
		assertThat(stageSelect).contains("value=\"SCOPING\"", "value=\"ON_HOLD\"", "value=\"CANCELLED\"")
			.doesNotContain("value=\"EXECUTION\"", "value=\"PLANNING\"", "value=\"CLOSED\"");
	}

	@Test
	void creatingAProjectThroughTheFormStoresItAndShowsIt() throws Exception {
		String code = PortfolioScene.code("FORM");

		MvcResult result = this.mvc
			.perform(post("/projects").with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.param("code", code)
				.param("name", "Conference registration")
				.param("type", "OPERATIONAL")
				.param("methodology", "WATERFALL")
				.param("classification", "PUBLIC")
				.param("portfolioId", String.valueOf(this.portfolio.id()))
				.param("plannedStart", "2026-03-01")
				.param("plannedFinish", "2026-06-30")
				.param("health", "GREEN")
				.param("tags", "Events, events, logistics"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/projects/*"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/projects/", ""));

		ProjectView stored = this.scene.reload(id);
		assertThat(stored.code()).isEqualTo(code);
		assertThat(stored.tags()).containsExactlyInAnyOrder("events", "logistics");
		assertThat(stored.stage()).isEqualTo(Stage.CONCEPT);
		assertThat(auditEntries(id)).isEqualTo(1);
		this.mvc.perform(get("/projects/{id}", id).with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Conference registration")));
	}

	@Test
	void anInvalidFormIsShownAgainWithTheFieldErrorsAndNothingIsStored() throws Exception {
		String code = "bad code";

		this.mvc
			.perform(post("/projects").with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.param("code", code)
				.param("name", "")
				.param("type", "ICT")
				.param("methodology", "SCRUM")
				.param("classification", "PUBLIC")
				.param("portfolioId", String.valueOf(this.portfolio.id()))
				.param("health", "RED"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("aria-describedby=\"code-error\""),
					containsString("aria-describedby=\"name-error\""), containsString("id=\"name-error\""),
					containsString("value=\"bad code\""))));

		this.mvc
			.perform(post("/projects").with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.param("code", PortfolioScene.code("RED"))
				.param("name", "Red without reason")
				.param("type", "ICT")
				.param("methodology", "SCRUM")
				.param("classification", "PUBLIC")
				.param("portfolioId", String.valueOf(this.portfolio.id()))
				.param("health", "RED"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"healthReason-error\"")));
		this.mvc.perform(get("/projects").param("q", "Red without reason").with(this.identity.as(this.scene.officer())))
			.andExpect(content().string(containsString("No project matches.")));
	}

	@Test
	void editingThroughTheFormSavesTheChange() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc.perform(get("/projects/{id}/edit", project.id()).with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc.perform(edit(project, 0, "Better name")).andExpect(status().is3xxRedirection());

		ProjectView stored = this.scene.reload(project.id());
		assertThat(stored.name()).isEqualTo("Better name");
		assertThat(stored.version()).isEqualTo(1);
		assertThat(auditEntries(project.id())).isEqualTo(2);
	}

	@Test
	void aStaleEditAnswers409KeepsTheInputAndOverwritesNothing() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		this.mvc.perform(edit(project, 0, "Colleague's name")).andExpect(status().is3xxRedirection());

		this.mvc.perform(edit(project, 0, "My stale name"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Someone else changed this while you were editing"),
					containsString("value=\"My stale name\""))));

		ProjectView stored = this.scene.reload(project.id());
		assertThat(stored.name()).isEqualTo("Colleague's name");
		assertThat(stored.version()).isEqualTo(1);
		assertThat(auditEntries(project.id())).isEqualTo(2);
	}

	@Test
	void theStageFormMovesTheProjectAndTheHistoryShowsWhy() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc
			.perform(post("/projects/{id}/stage", project.id()).with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.param("stage", "SCOPING")
				.param("reason", "Concept note accepted by the board")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/projects/{id}", project.id()).with(this.identity.as(this.scene.officer())))
			.andExpect(content().string(containsString("Concept note accepted by the board")));
		assertThat(this.scene.reload(project.id()).stage()).isEqualTo(Stage.SCOPING);

		this.mvc
			.perform(post("/projects/{id}/stage", project.id()).with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.param("stage", "PLANNING")
				.param("reason", " ")
				.param("version", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"stage-reason-error\"")));
		assertThat(this.scene.reload(project.id()).stage()).isEqualTo(Stage.SCOPING);
	}

	@Test
	void aHiddenProjectPageAnswers404AndAVisibleOneYouMayNotEditAnswers403() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		PersonSummary stranger = this.scene.person("stranger", ScreeningLevel.ENHANCED);
		PersonSummary viewer = this.scene.person("viewer", ScreeningLevel.NONE);
		this.scene.giveProjectRole(project.id(), viewer, ProjectRole.VIEWER);

		this.mvc.perform(get("/projects/{id}", project.id()).with(this.identity.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/projects").with(this.identity.as(stranger)))
			.andExpect(content().string(not(containsString(project.code()))));
		this.mvc.perform(get("/projects/{id}", project.id()).with(this.identity.as(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"stage-target\""))));
		this.mvc.perform(get("/projects/{id}/edit", project.id()).with(this.identity.as(viewer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(edit(project, 1, "Not mine").with(this.identity.as(viewer))).andExpect(status().isForbidden());
		assertThat(this.scene.reload(project.id()).name()).isEqualTo(project.name());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(ProjectView p, long version,
			String name) {
		return post("/projects/{id}/edit", p.id()).with(csrf())
			.with(this.identity.as(this.scene.officer()))
			.param("code", p.code())
			.param("name", name)
			.param("description", p.description())
			.param("type", p.type().name())
			.param("methodology", p.methodology().name())
			.param("classification", p.classification().name())
			.param("portfolioId", String.valueOf(p.portfolioId()))
			.param("health", p.health().name())
			.param("version", String.valueOf(version));
	}

}
