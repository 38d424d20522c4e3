package org.agilepmo.portfolio.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.internal.PortfolioScene;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProgrammeView;
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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Portfolios and programmes: visible portfolio-wide, by a role on the portfolio, or
 * through one visible project; managed by the PMO; programmes by the portfolio's managers
 * too.
 */
@PmoTest
class PortfolioAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioService portfolioService;

	@Autowired
	ProjectService projectService;

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

	@Test
	void aPortfolioIsVisibleThroughOneVisibleProjectOnly() throws Exception {
		PersonSummary member = this.scene.person("member", ScreeningLevel.NONE);
		ProgrammeView programme = this.scene.programme(this.portfolio.id());
		PortfolioView hiddenPortfolio = this.scene.portfolio();
		ProjectView visible = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		ProjectView sibling = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		ProjectView tooSecret = this.scene.project(hiddenPortfolio.id(), Classification.PUBLIC);
		this.scene.giveProjectRole(visible.id(), member, ProjectRole.VIEWER);
		this.scene.giveProjectRole(tooSecret.id(), member, ProjectRole.VIEWER);
		this.scene.classify(tooSecret.id(), Classification.RESTRICTED);

		this.mvc.perform(as(member, get("/api/v1/portfolios/{id}", this.portfolio.id()))).andExpect(status().isOk());
		this.mvc.perform(as(member, get("/api/v1/programmes/{id}", programme.id()))).andExpect(status().isOk());
		this.mvc.perform(as(member, get("/api/v1/portfolios/{id}", hiddenPortfolio.id())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(member, get("/api/v1/portfolios")).param("q", hiddenPortfolio.code()))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(as(member, get("/api/v1/portfolios")).param("q", this.portfolio.code()))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(get("/portfolios/{id}", this.portfolio.id()).with(this.identity.as(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(visible.code())))
			.andExpect(content().string(not(containsString(sibling.code()))));
		this.mvc.perform(get("/portfolios/{id}", hiddenPortfolio.id()).with(this.identity.as(member)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyThePmoCreatesAndChangesPortfoliosAndTheirRoles() throws Exception {
		PersonSummary manager = this.scene.person("manager", ScreeningLevel.ENHANCED);
		this.scene.givePortfolioRole(this.portfolio.id(), manager, PortfolioRole.PORTFOLIO_MANAGER);
		String json = "{\"code\":\"" + PortfolioScene.code("PF") + "\",\"name\":\"Donor programmes\"}";

		this.mvc.perform(as(manager, post("/api/v1/portfolios")).content(json)).andExpect(status().isForbidden());
		this.mvc
			.perform(as(manager, patch("/api/v1/portfolios/{id}", this.portfolio.id())).header("If-Match", "\"1\"")
				.content("{\"name\":\"Mine now\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(manager, put("/api/v1/portfolios/{id}/members/{person}", this.portfolio.id(), manager.id()))
				.header("If-Match", "\"1\"")
				.content("{\"role\":\"PORTFOLIO_VIEWER\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.scene.officer(), post("/api/v1/portfolios")).content(json))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/portfolios/\\d+")))
			.andExpect(header().string("ETag", "\"0\""));
		this.mvc
			.perform(as(this.scene.officer(), patch("/api/v1/portfolios/{id}", this.portfolio.id()))
				.header("If-Match", "\"1\"")
				.content("{\"name\":\"Renamed by the PMO\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed by the PMO"))
			.andExpect(header().string("ETag", "\"2\""));
	}

	@Test
	void portfolioManagersCreateProgrammesInTheirPortfolioOnly() throws Exception {
		PersonSummary manager = this.scene.person("manager", ScreeningLevel.NONE);
		this.scene.givePortfolioRole(this.portfolio.id(), manager, PortfolioRole.PORTFOLIO_MANAGER);
		PortfolioView other = this.scene.portfolio();
		String programme = "{\"portfolioId\":%d,\"code\":\"%s\",\"name\":\"Digital workplace\"}";

		this.mvc
			.perform(as(manager, post("/api/v1/programmes"))
				.content(programme.formatted(this.portfolio.id(), PortfolioScene.code("PG"))))
			.andExpect(status().isCreated());
		this.mvc
			.perform(as(manager, post("/api/v1/programmes"))
				.content(programme.formatted(other.id(), PortfolioScene.code("PG"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(manager, post("/api/v1/programmes")).content(programme.formatted(this.portfolio.id(), "bad")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void thePortfolioPagesWorkForThePmo() throws Exception {
		PersonSummary officer = this.scene.officer();
		ProgrammeView programme = this.scene.programme(this.portfolio.id());

		this.mvc.perform(get("/portfolios").with(this.identity.as(officer))).andExpect(status().isOk());
		this.mvc.perform(get("/portfolios/new").with(this.identity.as(officer))).andExpect(status().isOk());
		this.mvc.perform(get("/portfolios/{id}/edit", this.portfolio.id()).with(this.identity.as(officer)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/programmes/{id}", programme.id()).with(this.identity.as(officer)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/programmes/new").param("portfolio", String.valueOf(this.portfolio.id()))
				.with(this.identity.as(officer)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/programmes/{id}/edit", programme.id()).with(this.identity.as(officer)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/projects/new").param("portfolio", String.valueOf(this.portfolio.id()))
				.with(this.identity.as(officer)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/projects/programme-options").param("portfolioId", String.valueOf(this.portfolio.id()))
				.with(this.identity.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(programme.name())));

		String code = PortfolioScene.code("PF");
		this.mvc
			.perform(post("/portfolios").with(csrf())
				.with(this.identity.as(officer))
				.param("code", code)
				.param("name", "Created on the page"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/portfolios/{id}/edit", this.portfolio.id()).with(csrf())
				.with(this.identity.as(officer))
				.param("code", this.portfolio.code())
				.param("name", "Stale rename")
				.param("version", "99"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this")));
		PersonSummary plain = this.scene.person("plain", ScreeningLevel.NONE, GlobalRole.MEMBER);
		this.mvc.perform(get("/portfolios/new").with(this.identity.as(plain))).andExpect(status().isForbidden());
	}

}
