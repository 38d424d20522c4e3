package org.agilepmo.governance.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Gates over HTTP: the blocked stage change answers 422 naming the stage field; sign-off
 * needs If-Match; a waiver without a reason is refused naming the field; the project page
 * shows the gate's refusal.
 */
@PmoTest
class GateApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	PortfolioScene scene;

	String pm;

	String pmo;

	PersonSummary manager;

	long projectId;

	@BeforeEach
	void aGovernedProject() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.manager = this.identity.person("pm", ScreeningLevel.BASIC);
		this.projectId = this.scene
			.project(this.scene.portfolio().id(), Classification.PUBLIC,
					d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		this.pm = "Bearer " + this.identity.tokenOf(this.manager);
		this.pmo = "Bearer " + this.identity.tokenOf(this.scene.officer());
		this.mvc.perform(post("/api/v1/projects/" + this.projectId + "/gates").header("Authorization", this.pm))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5));
	}

	@Test
	void theBlockedStageChangeIsProblemJsonOnTheStageField() throws Exception {
		this.mvc
			.perform(post("/api/v1/projects/" + this.projectId + "/stage").header("Authorization", this.pm)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"stage\":\"SCOPING\",\"reason\":\"Go\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
	}

	@Test
	void theProjectPageShowsTheGateRefusalNextToTheStage() throws Exception {
		this.mvc
			.perform(post("/projects/" + this.projectId + "/stage").with(this.identity.as(this.manager))
				.with(csrf())
				.param("stage", "SCOPING")
				.param("reason", "Go")
				.param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("open mandatory items")))
			.andExpect(content().string(containsString("BUSINESS_CASE, PROJECT_CHARTER")));
	}

	@Test
	void signOffNeedsIfMatchAndAStaleOneAnswers412() throws Exception {
		String item = "/api/v1/projects/" + this.projectId + "/gates/SCOPING/items/PROJECT_CHARTER/sign-off";
		this.mvc.perform(post(item).header("Authorization", this.pm)).andExpect(status().isPreconditionRequired());
		this.mvc.perform(post(item).header("Authorization", this.pm).header("If-Match", "\"9\""))
			.andExpect(status().isPreconditionFailed());
		// The charter is the sponsor's: the project manager signs it only once the PMO
		// names
		// them sponsor.
		this.mvc.perform(post(item).header("Authorization", this.pm).header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		String signatories = "/api/v1/projects/" + this.projectId + "/gate-signatories";
		String named = "{\"role\":\"SPONSOR\",\"personId\":" + this.manager.id() + "}";
		this.mvc
			.perform(post(signatories).header("Authorization", this.pm)
				.contentType(MediaType.APPLICATION_JSON)
				.content(named))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(signatories).header("Authorization", this.pmo)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"SPONSOR\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		this.mvc
			.perform(post(signatories).header("Authorization", this.pmo)
				.contentType(MediaType.APPLICATION_JSON)
				.content(named))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].role").value("SPONSOR"))
			.andExpect(jsonPath("$[0].personId").value(this.manager.id()));
		this.mvc
			.perform(post(item).header("Authorization", this.pm)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"evidenceUrl\":\"https://docs.example.org/charter\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.openMandatoryItems[0]").value("BUSINESS_CASE"));
	}

	@Test
	void aWaiverNeedsAReasonAndThePmo() throws Exception {
		String waiver = "/api/v1/projects/" + this.projectId + "/gates/SCOPING/items/BUSINESS_CASE/waiver";
		this.mvc
			.perform(post(waiver).header("Authorization", this.pm)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Because\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(waiver).header("Authorization", this.pmo)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(get("/api/v1/projects/" + this.projectId + "/gates/SCOPING").header("Authorization", this.pmo))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.openMandatoryItems.length()").value(2));
	}

	@Test
	void anItemThePmoAddsToATemplateReachesGatesOpenedLaterOnly() throws Exception {
		String code = PortfolioScene.code("T").replace('-', '_');
		long version = Long.parseLong(this.mvc.perform(get("/api/v1/gate-templates").header("Authorization", this.pmo))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*\\{\"id\":\\d+,\"version\":(\\d+),\"targetStage\":\"CLOSED\".*", "$1"));
		this.mvc
			.perform(post("/governance/gate-templates/CLOSED/items").with(this.identity.as(this.scene.officer()))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("code", code)
				.param("title", "Archive handed to records")
				.param("kind", "HANDOVER")
				.param("mandatory", "true")
				.param("signOffRole", "PROJECT_MANAGER"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/projects/" + this.projectId + "/gates/CLOSED").header("Authorization", this.pmo))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(code))));
		long later = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
		this.mvc.perform(post("/api/v1/projects/" + later + "/gates").header("Authorization", this.pmo))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/projects/" + later + "/gates/CLOSED").header("Authorization", this.pmo))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("Archive handed to records")));
		this.mvc.perform(get("/governance/gate-templates").with(this.identity.as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Archive handed to records")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/remove"))));
	}

}
