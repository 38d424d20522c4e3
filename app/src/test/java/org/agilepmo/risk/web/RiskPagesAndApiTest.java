package org.agilepmo.risk.web;

import java.time.LocalDate;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
 * The register's pages in every language, its API's conventions (If-Match, problem
 * details naming the field), and GETs that write nothing.
 */
@PmoTest
class RiskPagesAndApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	RiskFixtures risks;

	@Autowired
	AuditTrail audit;

	PersonSummary pm;

	long portfolioId;

	long projectId;

	long riskId;

	@BeforeEach
	void aProjectWithARisk() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		this.pm = this.people.person("pm", ScreeningLevel.BASIC);
		this.portfolioId = scene.portfolio().id();
		this.projectId = scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		this.riskId = this.risks.risk(this.pm, this.projectId, "Rendered risk");
		this.risks.action(this.pm, this.projectId, this.pm.id(), LocalDate.now().minusDays(2));
		this.risks.issue(this.pm, this.projectId);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar" })
	void everyPageRendersInTheLanguageWithoutAMissingMessage(String lang) throws Exception {
		for (String path : new String[] { "/projects/" + this.projectId + "/risks", "/risks/" + this.riskId,
				"/projects/" + this.projectId + "/risk-heatmap", "/projects/" + this.projectId + "/issues",
				"/projects/" + this.projectId + "/decisions", "/actions",
				"/portfolios/" + this.portfolioId + "/risks" }) {
			this.mvc.perform(get(path).param("lang", lang).with(this.people.as(this.pm)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("dir=\"" + ("ar".equals(lang) ? "rtl" : "ltr") + "\"")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void getsWriteNothing() throws Exception {
		long before = entries();
		for (String path : new String[] { "/projects/" + this.projectId + "/risks", "/risks/" + this.riskId,
				"/projects/" + this.projectId + "/risk-heatmap", "/actions",
				"/projects/" + this.projectId + "/risks/export?format=csv",
				"/api/v1/projects/" + this.projectId + "/risks", "/api/v1/risks/" + this.riskId + "/history",
				"/api/v1/portfolios/" + this.portfolioId + "/risk-heatmap", "/api/v1/actions?assignee=me",
				"/api/v1/risk-matrix", "/api/v1/projects/" + this.projectId + "/risk-exposure" }) {
			this.mvc.perform(get(path).with(this.people.as(this.pm))).andExpect(status().isOk());
		}
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void aPatchNeedsIfMatchAndAChangeOfRatingAReason() throws Exception {
		String path = "/api/v1/risks/" + this.riskId;
		this.mvc.perform(get(path).with(this.people.as(this.pm)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.impact.schedule").value(4))
			.andExpect(jsonPath("$.rating").value("HIGH"));
		this.mvc
			.perform(patch(path).with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"probability\":5}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(patch(path).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"probability\":5}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("reason")));
		this.mvc
			.perform(patch(path).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"probability\":5,\"impact\":{\"schedule\":5,\"cost\":2},\"reason\":\"Supplier late\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.score").value(25))
			.andExpect(jsonPath("$.rating").value("EXTREME"));
		this.mvc
			.perform(patch(path).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"title\":\"Stale\"}"))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void aChangeOfAMatrixNeedsIfMatchAndAStaleOneIsRefused() throws Exception {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		String path = "/api/v1/risk-matrix?portfolioId=" + this.portfolioId;
		String fourByFour = "{\"size\":4,\"ratings\":\"LLMMLMMHMMHEMHEE\"}";
		this.mvc.perform(get(path).with(this.people.as(pmo)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.size").value(5));
		this.mvc.perform(
				put(path).with(this.people.as(pmo)).with(csrf()).contentType("application/json").content(fourByFour))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(get(path).with(this.people.as(pmo))).andExpect(jsonPath("$.size").value(5));
		this.mvc
			.perform(put(path).with(this.people.as(pmo))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content(fourByFour))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.size").value(4));
		this.mvc
			.perform(put(path).with(this.people.as(pmo))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"size\":5,\"ratings\":\"LLLMMLLMMHLMMHHMMHHEMHHEE\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc
			.perform(put(path).with(this.people.as(pmo))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content(fourByFour))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(get(path).with(this.people.as(pmo)))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.size").value(5));
	}

	@Test
	void theProjectHubsRisksTabListsTheTopOpenRisksHighestFirst() throws Exception {
		this.risks.closedRisk(this.pm, this.projectId);
		this.mvc
			.perform(post("/api/v1/projects/" + this.projectId + "/risks").with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"title\":\"Data centre flood\",\"category\":\"TECHNICAL\",\"probability\":5,"
						+ "\"impact\":{\"cost\":5}}"))
			.andExpect(status().isCreated());

		String tab = this.mvc
			.perform(get("/projects/" + this.projectId + "/hub").param("tab", "risks").with(this.people.as(this.pm)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String panel = tab.substring(tab.indexOf("id=\"hub-risks\""));
		assertThat(panel).contains("3 open risks")
			.contains("href=\"/projects/" + this.projectId + "/risks\"")
			.doesNotContain("Closed risk")
			.doesNotContain("No risk register");
		assertThat(panel.indexOf("Data centre flood")).isPositive().isLessThan(panel.indexOf("Rendered risk"));
	}

	@Test
	void aRiskOfAProjectThePersonMayNotSeeIsNotFound() throws Exception {
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/risks/" + this.riskId).with(this.people.as(stranger))).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/projects/" + this.projectId + "/risks/export?format=xlsx")
				.with(this.people.as(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/portfolios/" + this.portfolioId + "/risk-heatmap").with(this.people.as(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMangledUploadOnThePageSaysWhichRowAndColumn() throws Exception {
		this.mvc
			.perform(post("/projects/" + this.projectId + "/risks/import").with(this.people.as(this.pm)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/api/v1/projects/" + this.projectId + "/risks/import?format=csv")
				.with(this.people.as(this.pm))
				.with(csrf())
				.contentType("text/csv")
				.content("Title,Category,Probability,Schedule impact\nFine,TECHNICAL,2,2\nBroken,TECHNICAL,two,2\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("row 3")))
			.andExpect(content().string(containsString("Probability")));
	}

	private long entries() {
		return this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery(null, null, null, 0, 50));
	}

}
