package org.agilepmo.portfolio.web;

import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.internal.PortfolioScene;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a project accepts as input: planned dates inside the platform's date window (the
 * one activities keep), on the API and on the page in the reader's language; text with
 * bidirectional override and isolate characters (U+202A–U+202E, U+2066–U+2069) stored
 * without them, whichever way it came in.
 */
@PmoTest
class ProjectInputHygieneTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioService portfolioService;

	@Autowired
	ProjectService projectService;

	PortfolioScene scene;

	long portfolioId;

	@BeforeEach
	void scene() {
		this.scene = new PortfolioScene(this.identity, this.portfolioService, this.projectService);
		this.portfolioId = this.scene.portfolio().id();
	}

	String json(String code, String name, String start, String finish) {
		return """
				{"code":"%s","name":"%s","type":"ICT","classification":"PUBLIC","portfolioId":%d,
				 "plannedStart":"%s","plannedFinish":"%s"}
				""".formatted(code, name, this.portfolioId, start, finish);
	}

	@ParameterizedTest
	@CsvSource({ "0000-01-01, 2027-01-01, plannedStart", "1970-12-31, 2027-01-01, plannedStart",
			"2027-01-01, +999999999-12-31, plannedFinish", "2027-01-01, 2169-01-01, plannedFinish" })
	void theApiRefusesPlannedDatesOutsideTheDateWindow(String start, String finish, String field) throws Exception {
		this.mvc
			.perform(post("/api/v1/projects").with(this.identity.as(this.scene.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(PortfolioScene.code("DW"), "Dated", start, finish)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.detail").value(containsString("1971")));
	}

	@ParameterizedTest
	@CsvSource({ "en, must be between 1971 and 2168", "fr, doit être comprise entre 1971 et 2168",
			"es, debe estar entre 1971 y 2168", "ar, يجب أن يكون بين 1971 و2168" })
	void theFormShowsADateOutsideTheWindowOnItsFieldInTheReadersLanguage(String language, String message)
			throws Exception {
		this.mvc
			.perform(post("/projects").with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.locale(Locale.of(language))
				.param("code", PortfolioScene.code("DW"))
				.param("name", "Dated on the page")
				.param("type", "ICT")
				.param("methodology", "SCRUM")
				.param("classification", "PUBLIC")
				.param("portfolioId", String.valueOf(this.portfolioId))
				.param("plannedStart", "0000-01-01")
				.param("health", "GREEN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"plannedStart-error\"")))
			.andExpect(content().string(containsString(message)));
	}

	@Test
	void bidirectionalControlsAreRemovedFromTextSentToTheApi() throws Exception {
		String name = "Invoice \\u202Egpj.exe\\u202C \\u2066ok\\u2069 \\u202A\\u202B\\u202D\\u2067\\u2068end";
		MvcResult created = this.mvc
			.perform(post("/api/v1/projects").with(this.identity.as(this.scene.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(PortfolioScene.code("BIDI"), name, "2027-01-04", "2027-06-30")))
			.andExpect(status().isCreated())
			.andReturn();
		String body = this.mvc
			.perform(get(created.getResponse().getHeader("Location")).with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(body, "$.name")).isEqualTo("Invoice gpj.exe ok end");
	}

	@Test
	void bidirectionalControlsAreRemovedFromTextSentThroughAForm() throws Exception {
		String code = PortfolioScene.code("BIDI");
		MvcResult created = this.mvc
			.perform(post("/projects").with(csrf())
				.with(this.identity.as(this.scene.officer()))
				.param("code", code)
				.param("name", "Report \u202Efdp.exe\u202C \u2066ok\u2069")
				.param("description", "\u202BRight\u202C to left")
				.param("type", "ICT")
				.param("methodology", "SCRUM")
				.param("classification", "PUBLIC")
				.param("portfolioId", String.valueOf(this.portfolioId))
				.param("health", "GREEN"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String id = created.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		String body = this.mvc.perform(get("/api/v1/projects/" + id).with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(body, "$.name")).isEqualTo("Report fdp.exe ok");
		assertThat((String) JsonPath.read(body, "$.description")).isEqualTo("Right to left");
	}

}
