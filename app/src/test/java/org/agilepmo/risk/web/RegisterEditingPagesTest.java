package org.agilepmo.risk.web;

import java.time.LocalDate;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register's editing pages: the rating matrix and the categories (PMO), actions
 * (added, changed, done) and the decision log (recorded, corrected). Each refuses bad
 * input with 422 keeping what was typed, a stale version with 409 (page) or 412 (API),
 * and renders in every language.
 */
@PmoTest
class RegisterEditingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	RiskFixtures risks;

	PersonSummary pmo;

	PersonSummary pm;

	PersonSummary member;

	long portfolioId;

	long projectId;

	long riskId;

	long actionId;

	long decisionId;

	@BeforeEach
	void aProjectWithARiskAnActionAndADecision() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		this.pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		this.pm = this.people.person("pm", ScreeningLevel.BASIC);
		this.member = this.people.person("member", ScreeningLevel.BASIC);
		this.portfolioId = scene.portfolio().id();
		this.projectId = scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		scene.giveProjectRole(this.projectId, this.member, ProjectRole.TEAM_MEMBER);
		this.riskId = this.risks.risk(this.pm, this.projectId, "Vendor slips");
		this.actionId = this.risks.action(this.pm, this.projectId, this.pm.id(), LocalDate.now().plusDays(3));
		this.decisionId = this.risks.decision(this.pm, this.projectId);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar" })
	void theEditingPagesRenderInEveryLanguage(String lang) throws Exception {
		for (String path : new String[] { "/risk-settings", "/risk-settings?portfolioId=" + this.portfolioId,
				"/risk-settings?portfolioId=" + this.portfolioId + "&levels=4", "/actions/" + this.actionId,
				"/decisions/" + this.decisionId, "/risks/" + this.riskId, "/projects/" + this.projectId + "/decisions",
				"/portfolios/" + this.portfolioId + "/risks" }) {
			this.mvc.perform(get(path).param("lang", lang).with(this.people.as(this.pmo)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void thePmoConfiguresAPortfoliosMatrixOnThePage() throws Exception {
		this.mvc
			.perform(get("/risk-settings?portfolioId=" + this.portfolioId + "&levels=4").with(this.people.as(this.pmo)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"cells[15]\"")))
			.andExpect(content().string(not(containsString("name=\"cells[16]\""))));
		this.mvc.perform(matrix(0, "LLMMLMMHMMHEMHEX", this.pmo))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("name=\"cells[15]\"")));
		this.mvc.perform(matrix(0, "LLMMLMMHMMHEMHEE", this.member)).andExpect(status().isForbidden());
		this.mvc.perform(matrix(0, "LLMMLMMHMMHEMHEE", this.pmo))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/risk-settings?portfolioId=" + this.portfolioId));
		this.mvc.perform(get("/api/v1/risk-matrix?portfolioId=" + this.portfolioId).with(this.people.as(this.pmo)))
			.andExpect(jsonPath("$.size").value(4))
			.andExpect(jsonPath("$.ratings").value("LLMMLMMHMMHEMHEE"));
		this.mvc.perform(matrix(1, "LLLLLLLLLLLLLLLL", this.pmo)).andExpect(status().isConflict());
	}

	@Test
	void badCategoriesAreRefusedKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/risk-settings/categories").with(this.people.as(this.pmo))
				.with(csrf())
				.param("codes", "STRATEGIC\nnot a code"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("not a code")));
		this.mvc
			.perform(post("/risk-settings/categories").with(this.people.as(this.member))
				.with(csrf())
				.param("codes", "STRATEGIC"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRefusedChangeOfRatingShowsTheRiskPageAgainWithTheActionForm() throws Exception {
		this.mvc
			.perform(post("/risks/" + this.riskId).with(this.people.as(this.pm))
				.with(csrf())
				.param("version", "0")
				.param("nature", "THREAT")
				.param("title", "Vendor slips")
				.param("category", "TECHNICAL")
				.param("probability", "5")
				.param("schedule", "4"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("id=\"action-form\"")));
	}

	@Test
	void anActionIsAddedChangedAndCompletedOnThePages() throws Exception {
		String due = LocalDate.now().plusDays(9).toString();
		this.mvc
			.perform(post("/risks/" + this.riskId + "/actions").with(this.people.as(this.pm))
				.with(csrf())
				.param("kind", "CONTINGENCY")
				.param("title", "")
				.param("ownerId", String.valueOf(this.member.id()))
				.param("due", due))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("value=\"" + due + "\"")))
			.andExpect(content().string(containsString("id=\"action-title-error\"")));
		this.mvc
			.perform(post("/actions/" + this.actionId).with(this.people.as(this.pm))
				.with(csrf())
				.param("version", "0")
				.param("kind", "MITIGATION")
				.param("title", "Call the vendor weekly")
				.param("ownerId", String.valueOf(this.member.id()))
				.param("due", due))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/actions/" + this.actionId).with(this.people.as(this.member)))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value("Call the vendor weekly"))
			.andExpect(jsonPath("$.ownerId").value(this.member.id()))
			.andExpect(jsonPath("$.due").value(due));
		this.mvc
			.perform(post("/actions/" + this.actionId).with(this.people.as(this.pm))
				.with(csrf())
				.param("version", "0")
				.param("title", "Stale change")
				.param("ownerId", String.valueOf(this.pm.id()))
				.param("due", due))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/actions/" + this.actionId).with(this.people.as(this.member))
				.with(csrf())
				.param("version", "1")
				.param("title", "Not the owner's to change")
				.param("ownerId", String.valueOf(this.member.id()))
				.param("due", due))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actions/" + this.actionId).with(this.people.as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/actions/" + this.actionId + "/completion")));
		this.mvc
			.perform(patch("/api/v1/actions/" + this.actionId).with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"due\":\"" + LocalDate.now().plusDays(20) + "\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(patch("/api/v1/actions/" + this.actionId).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"1\"")
				.contentType("application/json")
				.content("{\"due\":\"" + LocalDate.now().plusDays(20) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Call the vendor weekly"))
			.andExpect(jsonPath("$.due").value(LocalDate.now().plusDays(20).toString()));
	}

	@Test
	void aDecisionIsRecordedAndCorrectedOnThePages() throws Exception {
		this.mvc
			.perform(post("/projects/" + this.projectId + "/decisions").with(this.people.as(this.pm))
				.with(csrf())
				.param("decision", "Switch to the second vendor")
				.param("decidedOn", "2026-02-01")
				.param("decidedBy", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Switch to the second vendor")))
			.andExpect(content().string(containsString("id=\"d-by-error\"")));
		this.mvc
			.perform(post("/decisions/" + this.decisionId).with(this.people.as(this.pm))
				.with(csrf())
				.param("version", "0")
				.param("decision", "Go, with a pilot first")
				.param("decidedOn", "2026-01-05")
				.param("decidedBy", "Board")
				.param("rationale", "The pilot tells us early")
				.param("riskId", String.valueOf(this.riskId)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/decisions/" + this.decisionId).with(this.people.as(this.member)))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.decision").value("Go, with a pilot first"))
			.andExpect(jsonPath("$.riskId").value(this.riskId));
		this.mvc
			.perform(post("/decisions/" + this.decisionId).with(this.people.as(this.pm))
				.with(csrf())
				.param("version", "0")
				.param("decision", "Stale")
				.param("decidedOn", "2026-01-05")
				.param("decidedBy", "Board"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put("/api/v1/decisions/" + this.decisionId).with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"decision\":\"Go\",\"decidedOn\":\"2026-01-05\",\"decidedBy\":\"Board\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(put("/api/v1/decisions/" + this.decisionId).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"decision\":\"Go\",\"decidedOn\":\"2026-01-05\",\"decidedBy\":\"Board\"}"))
			.andExpect(status().isPreconditionFailed());
	}

	private MockHttpServletRequestBuilder matrix(long version, String letters, PersonSummary who) {
		MockHttpServletRequestBuilder request = post("/risk-settings/matrix").with(this.people.as(who))
			.with(csrf())
			.param("portfolioId", String.valueOf(this.portfolioId))
			.param("version", String.valueOf(version))
			.param("size", "4");
		for (int i = 0; i < letters.length(); i++) {
			request.param("cells[" + i + "]", String.valueOf(letters.charAt(i)));
		}
		return request;
	}

}
