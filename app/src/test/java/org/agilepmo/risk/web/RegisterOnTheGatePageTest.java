package org.agilepmo.risk.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agilepmo.governance.GovernanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gate page shows the item "risk register" of the next gate as satisfied once the
 * register satisfies it (reviewed in the stage, no high threat without a response), and
 * as open while it does not; the gate's blocked count and the API agree.
 */
@PmoTest
class RegisterOnTheGatePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PortfolioRegistry registry;

	@Autowired
	GovernanceFixtures governance;

	@Autowired
	RiskFixtures risks;

	PersonSummary pm;

	long projectId;

	@BeforeEach
	void aProjectInPlanningUnderGateGovernance() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		this.pm = this.people.person("pm", ScreeningLevel.BASIC);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		this.registry.changeStage(IdentityFixtures.actor(pmo), this.projectId, Stage.SCOPING, "Scoping");
		this.registry.changeStage(IdentityFixtures.actor(pmo), this.projectId, Stage.PLANNING, "Planning");
		this.governance.govern(pmo, this.projectId);
	}

	@Test
	void theItemShowsSatisfiedOnceTheRegisterWasReviewedAndOpenBefore() throws Exception {
		assertThat(riskRegisterRow()).contains(">Open<").doesNotContain("Satisfied by the project records");
		int blockedBefore = openMandatoryItems();

		this.mvc
			.perform(post("/api/v1/projects/" + this.projectId + "/risk-reviews").with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"note\":\"Reviewed with the team\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.satisfiesGate").value(true));

		assertThat(riskRegisterRow()).contains("Satisfied by the project records").doesNotContain(">Open<");
		assertThat(openMandatoryItems()).isEqualTo(blockedBefore);
		this.mvc.perform(get("/api/v1/projects/" + this.projectId + "/gates").with(this.people.as(this.pm)))
			.andExpect(jsonPath("$[?(@.targetStage=='EXECUTION')].items[?(@.code=='RISK_REGISTER')].satisfiedByRecords")
				.value(true));
	}

	@Test
	void aHighThreatWithoutAResponseKeepsTheItemOpen() throws Exception {
		this.risks.risk(this.pm, this.projectId, "High threat without a response");
		this.mvc
			.perform(post("/api/v1/projects/" + this.projectId + "/risk-reviews").with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{}"))
			.andExpect(jsonPath("$.satisfiesGate").value(false));

		assertThat(riskRegisterRow()).contains(">Open<").doesNotContain("Satisfied by the project records");
	}

	private String riskRegisterRow() throws Exception {
		String page = this.mvc.perform(get("/projects/" + this.projectId + "/gates").with(this.people.as(this.pm)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher row = Pattern.compile("<tr[^>]*id=\"item-EXECUTION-RISK_REGISTER\".*?</tr>", Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("the gate into execution lists the risk register").isTrue();
		return row.group();
	}

	private int openMandatoryItems() throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/projects/" + this.projectId + "/gates").with(this.people.as(this.pm)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.<net.minidev.json.JSONArray>read(json,
				"$[?(@.targetStage=='EXECUTION')].openMandatoryItems[*]")
			.size();
	}

}
