package org.agilepmo.reporting.web;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Status reports through the API and the pages: created with its figures (201 and ETag),
 * changed with If-Match (428 without, 412 stale), refused in words naming the field,
 * submitted, reviewed and published by the PMO only; the report page and the project's
 * reports page in four languages, and looking writes nothing.
 */
@PmoTest
class StatusReportApiAndPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	AuditTrail audit;

	PersonSummary pmo;

	PersonSummary pm;

	long projectId;

	@BeforeEach
	void aProjectAndItsManager() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		this.pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		this.pm = this.people.person("pm", ScreeningLevel.BASIC);
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
	}

	private long entries() {
		return this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery(null, null, null, 0, 1));
	}

	@Test
	void aReportIsWrittenSubmittedReviewedAndPublishedThroughTheApi() throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/projects/" + this.projectId + "/status-reports").with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"periodEnd\":\"2026-10-31\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.periodStart").value("2026-10-01"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc
			.perform(post("/api/v1/projects/" + this.projectId + "/status-reports").with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"periodEnd\":\"2026-10-30\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("periodEnd")));
		this.mvc
			.perform(patch(location).with(this.people.as(this.pm))
				.with(csrf())
				.contentType("application/json")
				.content("{\"overall\":\"RED\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(patch(location).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"overall\":\"RED\",\"achievements\":\"Design signed off\",\"cpi\":0.93}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.health.overall").value("RED"))
			.andExpect(jsonPath("$.figures.cpi").value(0.93))
			.andExpect(jsonPath("$.achievements").value("Design signed off"));
		this.mvc
			.perform(patch(location).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"overall\":\"GREEN\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(post(location + "/submission").with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"1\"")
				.header("Accept-Language", "fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("overallReason"))
			.andExpect(content().string(containsString("raison")));
		this.mvc
			.perform(patch(location).with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"1\"")
				.contentType("application/json")
				.content("{\"overallReason\":\"Supplier three weeks late\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(
				post(location + "/submission").with(this.people.as(this.pm)).with(csrf()).header("If-Match", "\"2\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		this.mvc
			.perform(post(location + "/review").with(this.people.as(this.pm))
				.with(csrf())
				.header("If-Match", "\"3\"")
				.contentType("application/json")
				.content("{\"comment\":\"Mine\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(location + "/review").with(this.people.as(this.pmo))
				.with(csrf())
				.header("If-Match", "\"3\"")
				.contentType("application/json")
				.content("{\"comment\":\"Show the recovery plan\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewComment").value("Show the recovery plan"));
		this.mvc.perform(
				post(location + "/publication").with(this.people.as(this.pmo)).with(csrf()).header("If-Match", "\"4\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.mvc.perform(get("/api/v1/projects/" + this.projectId + "/status-reports").with(this.people.as(this.pm)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("PUBLISHED"))
			.andExpect(jsonPath("$.totalItems").value(1));
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		this.mvc.perform(get(location).with(this.people.as(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void theReportPagesShowInEveryLanguageAndLookingWritesNothing() throws Exception {
		String location = this.mvc
			.perform(post("/projects/" + this.projectId + "/status-reports").with(this.people.as(this.pm))
				.with(csrf())
				.param("periodEnd", "2026-09-30"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/status-reports/");
		long before = entries();
		for (String language : new String[] { "en", "fr", "es", "ar" }) {
			this.mvc.perform(get(location).with(this.people.as(this.pm)).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"report-form\"")));
			this.mvc
				.perform(get("/projects/" + this.projectId + "/status-reports").with(this.people.as(this.pm))
					.header("Accept-Language", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"report-history\"")));
			this.mvc.perform(get("/deviations").with(this.people.as(this.pmo)).header("Accept-Language", language))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(get("/projects/" + this.projectId + "/hub").param("tab", "reports").with(this.people.as(this.pm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/projects/" + this.projectId + "/status-reports")));
		assertThat(entries()).isEqualTo(before);
		this.mvc
			.perform(post(location).with(this.people.as(this.pm))
				.with(csrf())
				.param("version", "0")
				.param("overall", "AMBER")
				.param("scope", "GREEN")
				.param("schedule", "GREEN")
				.param("cost", "GREEN")
				.param("risk", "GREEN")
				.param("resources", "GREEN")
				.param("achievements", "x".repeat(8001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"form-errors\"")));
	}

}
