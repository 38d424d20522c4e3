package org.agilepmo.planning;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's owner chooses whose rules its schedule follows where MS Project and P6 differ
 * (ADR 0103): through {@code PATCH /api/v1/projects/{id}/plan} with If-Match and on the
 * plan page's settings form; the change reschedules and is audited with the rules before
 * and after.
 */
@PmoTest
class ChangingAPlansToolRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	AuditTrail audit;

	PortfolioScene scene;

	long projectId;

	String base;

	long finished;

	@BeforeEach
	void aPlanWithAFinishedActivityAndAStatusDate() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.projectId = this.scene.project(this.scene.portfolio().id(), Classification.RESTRICTED).id();
		this.base = "/api/v1/projects/" + this.projectId + "/plan";
		this.mvc
			.perform(as(put(this.base)).header("If-Match", etag())
				.content("{\"projectStart\":\"2026-11-02T08:00:00\",\"statusDate\":\"2026-11-05T08:00:00\"}"))
			.andExpect(status().isOk());
		MvcResult created = this.mvc
			.perform(as(post(this.base + "/activities")).content("{\"name\":\"Design\",\"durationMinutes\":960,"
					+ "\"actualStart\":\"2026-11-02T08:00:00\",\"actualFinish\":\"2026-11-03T17:00:00\","
					+ "\"percentComplete\":100}"))
			.andExpect(status().isCreated())
			.andReturn();
		this.finished = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	String etag() throws Exception {
		return this.mvc.perform(as(get(this.base))).andReturn().getResponse().getHeader("ETag");
	}

	@Test
	void switchingToPrimaveraRulesMovesAFinishedActivitysEarlyDatesToTheDataDate() throws Exception {
		this.mvc.perform(as(get(this.base)))
			.andExpect(jsonPath("$.schedulingRules").value("MICROSOFT_PROJECT"))
			.andExpect(jsonPath("$.progressedActivities").value("RETAINED_LOGIC"));
		this.mvc.perform(as(get(this.base + "/activities/" + this.finished)))
			.andExpect(jsonPath("$.earlyStart").value("2026-11-02T08:00:00"));

		this.mvc
			.perform(as(patch(this.base)).header("If-Match", etag())
				.content("{\"schedulingRules\":\"PRIMAVERA\",\"progressedActivities\":\"PROGRESS_OVERRIDE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.schedulingRules").value("PRIMAVERA"))
			.andExpect(jsonPath("$.progressedActivities").value("PROGRESS_OVERRIDE"))
			// what was not sent is kept
			.andExpect(jsonPath("$.statusDate").value("2026-11-05T08:00:00"))
			.andExpect(jsonPath("$.projectStart").value("2026-11-02T08:00:00"));
		// P6's early dates of a finished activity are the data date.
		this.mvc.perform(as(get(this.base + "/activities/" + this.finished)))
			.andExpect(jsonPath("$.earlyStart").value("2026-11-05T08:00:00"));

		List<AuditEntryView> entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("plan", null, null, 0, 50));
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.before()).contains("MICROSOFT_PROJECT").contains("RETAINED_LOGIC");
			assertThat(entry.after()).contains("PRIMAVERA").contains("PROGRESS_OVERRIDE");
		});
	}

	@Test
	void aStaleOrUnknownChoiceIsRefusedAndChangesNothing() throws Exception {
		String etag = etag();
		this.mvc.perform(as(patch(this.base)).content("{\"schedulingRules\":\"PRIMAVERA\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(as(patch(this.base)).header("If-Match", "\"999\"").content("{\"schedulingRules\":\"PRIMAVERA\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(patch(this.base)).header("If-Match", etag).content("{\"schedulingRules\":\"GANTT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Scheduling rules")))
			.andExpect(jsonPath("$.errors[0].field").value("schedulingRules"));
		this.mvc.perform(as(patch(this.base)).header("If-Match", etag).content("{\"schedulingRules\":null}"))
			.andExpect(status().isUnprocessableEntity());
		this.mvc.perform(as(get(this.base)))
			.andExpect(jsonPath("$.schedulingRules").value("MICROSOFT_PROJECT"))
			.andExpect(jsonPath("$.version").value(Integer.parseInt(etag.replace("\"", ""))));
	}

	@Test
	void thePlanPagesSettingsFormChangesTheRules() throws Exception {
		String page = this.mvc
			.perform(get("/projects/" + this.projectId + "/plan").with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("name=\"schedulingRules\"", "name=\"progressedActivities\"", "Primavera P6");
		this.mvc
			.perform(post("/projects/" + this.projectId + "/plan/settings").with(this.identity.as(this.scene.officer()))
				.with(csrf())
				.param("planVersion", etag().replace("\"", ""))
				.param("projectStart", "2026-11-02T08:00")
				.param("statusDate", "2026-11-05T08:00")
				.param("schedulingRules", "PRIMAVERA")
				.param("progressedActivities", "RETAINED_LOGIC"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(0));
		this.mvc.perform(as(get(this.base))).andExpect(jsonPath("$.schedulingRules").value("PRIMAVERA"));
		this.mvc
			.perform(post("/projects/" + this.projectId + "/plan/settings").with(this.identity.as(this.scene.officer()))
				.with(csrf())
				.param("planVersion", etag().replace("\"", ""))
				.param("projectStart", "2026-11-02T08:00")
				.param("schedulingRules", "OTHER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("outcome", org.hamcrest.Matchers
				.hasToString(containsString("Scheduling rules: is not one of the choices offered"))));
		this.mvc.perform(as(get(this.base))).andExpect(jsonPath("$.schedulingRules").value("PRIMAVERA"));
	}

}
