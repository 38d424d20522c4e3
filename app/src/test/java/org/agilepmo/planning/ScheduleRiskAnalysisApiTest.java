package org.agilepmo.planning;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.risk.ScheduleImpactFixtures;
import org.agilepmo.shared.Classification;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Schedule risk analysis through the API: three-point estimates on the activity PATCH,
 * checked in the person's words; a run answered 202 that finishes with P-dates,
 * criticality and the tornado, the register's risk events included, reproduced by its
 * seed, and kept with its inputs.
 */
@PmoTest
class ScheduleRiskAnalysisApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ScheduleImpactFixtures risks;

	PortfolioScene scene;

	long projectId;

	String base;

	@BeforeEach
	void aProjectStartingOnMonday() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.projectId = this.scene.project(this.scene.portfolio().id(), Classification.RESTRICTED).id();
		this.base = "/api/v1/projects/" + this.projectId + "/plan";
		String etag = this.mvc.perform(as(get(this.base))).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(as(put(this.base)).header("If-Match", etag).content("{\"projectStart\":\"2026-11-02T08:00:00\"}"))
			.andExpect(status().isOk());
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	long activity(String name, int minutes) throws Exception {
		MvcResult result = this.mvc
			.perform(as(post(this.base + "/activities"))
				.content("{\"name\":\"" + name + "\",\"durationMinutes\":" + minutes + "}"))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	void link(long from, long to) throws Exception {
		this.mvc
			.perform(as(post(this.base + "/dependencies"))
				.content("{\"predecessorId\":" + from + ",\"successorId\":" + to + "}"))
			.andExpect(status().isCreated());
	}

	String estimate(long activity, String json) throws Exception {
		String etag = this.mvc.perform(as(get(this.base + "/activities/" + activity)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		return this.mvc.perform(as(patch(this.base + "/activities/" + activity)).header("If-Match", etag).content(json))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anEstimateIsGivenOnTheActivityPatchAndCheckedInThePersonsWords() throws Exception {
		long design = activity("Design", 960);
		MvcResult milestone = this.mvc
			.perform(as(post(this.base + "/activities")).content("{\"name\":\"Gate\",\"kind\":\"MILESTONE\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		long gate = ((Number) JsonPath.read(milestone.getResponse().getContentAsString(), "$.id")).longValue();
		String etag = this.mvc.perform(as(get(this.base + "/activities/" + design)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", etag)
				.content("{\"durationMinMinutes\":720,\"durationLikelyMinutes\":960,\"durationMaxMinutes\":1920,"
						+ "\"distribution\":\"PERT\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.durationMinMinutes").value(720))
			.andExpect(jsonPath("$.durationLikelyMinutes").value(960))
			.andExpect(jsonPath("$.durationMaxMinutes").value(1920))
			.andExpect(jsonPath("$.distribution").value("PERT"));
		etag = this.mvc.perform(as(get(this.base + "/activities/" + design)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", etag)
				.header("Accept-Language", "fr")
				.content("{\"durationLikelyMinutes\":3000}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("durationLikelyMinutes"))
			.andExpect(jsonPath("$.errors[0].message",
					containsString("doit être comprise entre la durée minimale et la durée maximale")));
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", etag)
				.content("{\"durationMinMinutes\":null}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("durationMinMinutes"))
			.andExpect(jsonPath("$.errors[0].message",
					containsString("give the minimum, most likely and maximum durations together")));
		assertThat(estimate(gate, "{\"durationMinMinutes\":0,\"durationLikelyMinutes\":0,\"durationMaxMinutes\":60}"))
			.contains("only a task's duration can have a three-point estimate");
		// Nothing half-written: the estimate is as it was.
		this.mvc.perform(as(get(this.base + "/activities/" + design)))
			.andExpect(jsonPath("$.durationLikelyMinutes").value(960))
			.andExpect(jsonPath("$.distribution").value("PERT"));
	}

	@Test
	void aRunFinishesWithItsDistributionsCriticalityAndDriversAndIsReproducedByItsSeed() throws Exception {
		long design = activity("Design", 960);
		long build = activity("Build", 2400);
		long docs = activity("Docs", 480);
		long end = activity("Go-live", 0);
		link(design, build);
		link(design, docs);
		link(build, end);
		link(docs, end);
		estimate(design, "{\"durationMinMinutes\":720,\"durationLikelyMinutes\":960,\"durationMaxMinutes\":1920,"
				+ "\"distribution\":\"TRIANGULAR\"}");
		estimate(build, "{\"durationMinMinutes\":1920,\"durationLikelyMinutes\":2400,\"durationMaxMinutes\":4800}");
		this.risks.scheduleRisk(this.scene.officer(), this.projectId, "Supplier late", 40, 480, 960, 1440, 5000, build);

		String first = finished(start("{\"iterations\":2000,\"seed\":42,\"sampling\":\"LATIN_HYPERCUBE\"}"));
		assertThat((String) JsonPath.read(first, "$.status")).isEqualTo("DONE");
		assertThat(((Number) JsonPath.read(first, "$.progress")).doubleValue()).isEqualTo(1.0);
		String p10 = JsonPath.read(first, "$.finish.p10");
		String p50 = JsonPath.read(first, "$.finish.p50");
		String p90 = JsonPath.read(first, "$.finish.p90");
		assertThat(p10).isLessThanOrEqualTo(p50);
		assertThat(p50).isLessThan(p90);
		// The plan as it is finishes on 2026-11-10 at 17:00; the risk and the long
		// tails push the P50 later.
		assertThat((String) JsonPath.read(first, "$.plannedFinish")).isEqualTo("2026-11-10T17:00:00");
		assertThat(p50).isGreaterThan("2026-11-10T17:00:00");
		assertThat(((Number) JsonPath.read(first, "$.cost.p90")).doubleValue()).isEqualTo(5000.0);
		assertThat(criticality(first, build)).isEqualTo(1.0);
		assertThat(criticality(first, docs)).isEqualTo(0.0);
		assertThat(((Number) JsonPath.read(first, "$.drivers[0].activityId")).longValue()).isEqualTo(build);
		assertThat((String) JsonPath.read(first, "$.riskEvents[0].title")).isEqualTo("Supplier late");
		assertThat(((Number) JsonPath.read(first, "$.inputs.estimates.length()")).intValue()).isEqualTo(2);
		assertThat(((Number) JsonPath.read(first, "$.inputs.riskEvents.length()")).intValue()).isEqualTo(1);

		String again = finished(start("{\"iterations\":2000,\"seed\":42,\"sampling\":\"LATIN_HYPERCUBE\"}"));
		for (String path : new String[] { "$.finish", "$.cost", "$.activities", "$.drivers" }) {
			assertThat(JsonPath.read(again, path).toString()).as(path).isEqualTo(JsonPath.read(first, path).toString());
		}
		this.mvc.perform(as(get("/api/v1/projects/" + this.projectId + "/risk-analyses")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].inputs.seed").value(42))
			.andExpect(jsonPath("$[0].finish.p50").value(p50));
	}

	/**
	 * The plan's own budgeted costs give the run a cost distribution: each task's cost
	 * follows its drawn duration, so where durations can only grow (every minimum is the
	 * planned duration) the cost can only grow too: P80 ≥ P50 ≥ the cost as planned.
	 */
	@Test
	void theBudgetedCostsGiveACostDistributionThatGrowsWithTheDurations() throws Exception {
		long design = activity("Design", 960);
		long build = activity("Build", 2400);
		long docs = activity("Docs", 480);
		link(design, build);
		link(design, docs);
		estimate(design, "{\"budgetedCost\":\"1000\",\"durationMinMinutes\":960,\"durationLikelyMinutes\":1200,"
				+ "\"durationMaxMinutes\":1920}");
		estimate(build, "{\"budgetedCost\":\"3000.50\",\"durationMinMinutes\":2400,\"durationLikelyMinutes\":2880,"
				+ "\"durationMaxMinutes\":4800}");
		estimate(docs, "{\"budgetedCost\":\"500\"}");
		double planned = 1000 + 3000.50 + 500;

		String run = finished(start("{\"iterations\":2000,\"seed\":7}"));
		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("DONE");
		double p50 = ((Number) JsonPath.read(run, "$.cost.p50")).doubleValue();
		double p80 = ((Number) JsonPath.read(run, "$.cost.p80")).doubleValue();
		double p10 = ((Number) JsonPath.read(run, "$.cost.p10")).doubleValue();
		assertThat(p10).isGreaterThanOrEqualTo(planned - 0.01);
		assertThat(p50).isGreaterThan(planned);
		assertThat(p80).isGreaterThanOrEqualTo(p50);
		assertThat((java.util.Map<?, ?>) JsonPath.read(run, "$.inputs.costs.budgetedByActivity")).hasSize(3);
	}

	@Test
	void badSettingsAreRefusedAndAFinishedRunStaysAsItEnded() throws Exception {
		activity("Design", 960);
		this.mvc
			.perform(as(post("/api/v1/projects/" + this.projectId + "/risk-analyses")).header("Accept-Language", "es")
				.content("{\"iterations\":5}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("iterations"))
			.andExpect(jsonPath("$.errors[0].message", containsString("de 100 a 100.000")));
		String location = start("{\"iterations\":100,\"seed\":1}");
		finished(location);
		this.mvc.perform(as(delete(location))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
	}

	@Test
	void someoneWhoMayNotSeeTheProjectGets404() throws Exception {
		activity("Design", 960);
		String location = start("{\"iterations\":100,\"seed\":1}");
		this.mvc
			.perform(get(location)
				.with(this.identity.as(this.scene.person("outsider", org.agilepmo.shared.ScreeningLevel.ENHANCED))))
			.andExpect(status().isNotFound());
	}

	private static double criticality(String body, long activity) {
		java.util.List<?> values = JsonPath.read(body, "$.activities[?(@.activityId == " + activity + ")].criticality");
		return ((Number) values.get(0)).doubleValue();
	}

	private String start(String body) throws Exception {
		return this.mvc.perform(as(post("/api/v1/projects/" + this.projectId + "/risk-analyses")).content(body))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/risk-analyses/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	private String finished(String location) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			String body = this.mvc.perform(as(get(location)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (!"RUNNING".equals(status) || Instant.now().isAfter(until)) {
				return body;
			}
			Thread.onSpinWait();
		}
	}

}
