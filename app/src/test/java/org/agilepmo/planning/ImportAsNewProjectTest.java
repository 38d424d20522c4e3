package org.agilepmo.planning;

import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A schedule file imported as a new project: the project and its plan appear together,
 * and a file that cannot be read, or a person who may not create projects there, creates
 * nothing.
 */
@PmoTest
class ImportAsNewProjectTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	PortfolioScene scene;

	long portfolioId;

	String code;

	@BeforeEach
	void aPortfolio() {
		this.scene = this.portfolioFixtures.scene();
		this.portfolioId = this.scene.portfolio().id();
		this.code = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void aFileBecomesAProjectAtTheConceptStageWithThePlanOfTheFile() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "chain.xml", "application/xml",
				PlanFiles.generatedMspdi(12));
		String location = this.mvc
			.perform(multipart("/api/v1/projects/import").file(file)
				.param("portfolioId", String.valueOf(this.portfolioId))
				.param("code", this.code)
				.param("name", "Imported from MS Project")
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/projects/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String project = location.substring(0, location.length() - "/plan".length());
		this.mvc.perform(get(project).with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(this.code))
			.andExpect(jsonPath("$.stage").value("CONCEPT"))
			.andExpect(jsonPath("$.methodology").value("WATERFALL"));
		this.mvc.perform(get(project + "/plan/activities?size=500").with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].externalId").exists())
			.andExpect(jsonPath("$.items[0].earlyStart").exists());
	}

	@Test
	void aFileThatCannotBeReadCreatesNoProject() throws Exception {
		String body = """
				{"portfolioId":%d,"code":"%s","name":"Broken","fileName":"loop.xml","content":"%s"}
				""".formatted(this.portfolioId, this.code, Base64.getEncoder().encodeToString(PlanFiles.cyclicMspdi()));
		this.mvc
			.perform(post("/api/v1/projects/import").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").exists());
		assertNoProject();
	}

	@Test
	void someoneWhoMayNotCreateProjectsInThePortfolioCreatesNothing() throws Exception {
		PersonSummary member = this.identity.person("member", ScreeningLevel.ENHANCED);
		String body = """
				{"portfolioId":%d,"code":"%s","name":"Not mine","fileName":"one.xml","content":"%s"}
				""".formatted(this.portfolioId, this.code,
				Base64.getEncoder().encodeToString(PlanFiles.oneTaskMspdi()));
		this.mvc
			.perform(post("/api/v1/projects/import").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(this.identity.as(member)))
			.andExpect(status()
				.is(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(403), org.hamcrest.Matchers.is(404))));
		assertNoProject();
	}

	@Test
	void aMissingPortfolioIsNamed() throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/import").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + this.code + "\",\"name\":\"x\",\"fileName\":\"one.xml\",\"content\":\""
						+ Base64.getEncoder().encodeToString(PlanFiles.oneTaskMspdi()) + "\"}")
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("portfolioId"))
			.andExpect(jsonPath("$.detail", containsString("Portfolio")))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("portfolioId"))));
		assertNoProject();
	}

	private void assertNoProject() throws Exception {
		this.mvc.perform(get("/api/v1/projects?q=" + this.code).with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
	}

}
