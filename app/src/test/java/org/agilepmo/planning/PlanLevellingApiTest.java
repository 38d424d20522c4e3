package org.agilepmo.planning;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Levelling a plan through the API: two activities that need the same full-time person at
 * once are put one after the other when the finish may move, and nothing moves within
 * float when neither has any; the answer is a preview (the plan keeps its version and
 * dates); bad input names the field; an outsider learns nothing.
 */
@PmoTest
class PlanLevellingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	PortfolioScene scene;

	long project;

	String plan;

	long design;

	long review;

	long architect;

	@BeforeEach
	void overAllocatedPlan() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.project = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
		this.plan = "/api/v1/projects/" + this.project + "/plan";
		this.design = id(this.mvc
			.perform(as(post(this.plan + "/activities")).content("{\"name\":\"Design\",\"durationMinutes\":960}"))
			.andExpect(status().isCreated())
			.andReturn());
		this.review = id(this.mvc
			.perform(as(post(this.plan + "/activities")).content("{\"name\":\"Review\",\"durationMinutes\":480}"))
			.andExpect(status().isCreated())
			.andReturn());
		this.architect = id(
				this.mvc.perform(as(post(this.plan + "/resources")).content("{\"name\":\"Architect\",\"maxUnits\":1}"))
					.andExpect(status().isCreated())
					.andReturn());
		for (long activity : new long[] { this.design, this.review }) {
			this.mvc
				.perform(as(post(this.plan + "/assignments"))
					.content("{\"activityId\":" + activity + ",\"resourceId\":" + this.architect + ",\"units\":1}"))
				.andExpect(status().isCreated());
		}
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void extendingTheFinishPutsTheTwoActivitiesOneAfterTheOther() throws Exception {
		String before = this.mvc.perform(as(get(this.plan))).andReturn().getResponse().getHeader("ETag");
		this.mvc.perform(as(post(this.plan + "/levelling")).content("{\"mode\":\"EXTEND_FINISH\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value("EXTEND_FINISH"))
			.andExpect(jsonPath("$.overloadBefore").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.overloadAfter").value(0))
			.andExpect(jsonPath("$.moved.length()").value(1))
			.andExpect(jsonPath("$.moved[0].overAllocated[0]").value(this.architect))
			.andExpect(jsonPath("$.moved[0].levellingDelayMinutes").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.usage[0].resourceId").value(this.architect))
			.andExpect(jsonPath("$.usage[0].before[0]").value(200))
			.andExpect(jsonPath("$.usage[0].after[0]").value(100))
			.andExpect(jsonPath("$.usage[0].capacity[0]").value(100));
		this.mvc.perform(as(get(this.plan)))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("ETag", before));
	}

	@Test
	void withinFloatNothingWithoutFloatMovesAndTheFinishStays() throws Exception {
		String json = this.mvc.perform(as(post(this.plan + "/levelling")).content("{\"mode\":\"WITHIN_FLOAT\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String finishBefore = JsonPath.read(json, "$.finishBefore");
		String finishAfter = JsonPath.read(json, "$.finishAfter");
		org.assertj.core.api.Assertions.assertThat(finishAfter).isEqualTo(finishBefore);
	}

	@Test
	void badInputNamesTheFieldAndAnOutsiderLearnsNothing() throws Exception {
		this.mvc.perform(as(post(this.plan + "/levelling")).content("{}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[0].field").value("mode"));
		this.mvc
			.perform(as(post(this.plan + "/levelling")).content("{\"mode\":\"EXTEND_FINISH\",\"timeLimitMillis\":0}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[0].field").value("timeLimitMillis"));
		PersonSummary outsider = this.scene.person("outsider", ScreeningLevel.BASIC);
		this.mvc
			.perform(post(this.plan + "/levelling").with(this.identity.as(outsider))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\":\"EXTEND_FINISH\"}"))
			.andExpect(status().isNotFound());
	}

}
