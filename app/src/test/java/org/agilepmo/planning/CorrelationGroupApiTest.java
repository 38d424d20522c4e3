package org.agilepmo.planning;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correlation groups of a plan through the API: created, read, changed with If-Match and
 * removed; refused in the person's words when they cannot hold; hidden from those who may
 * not see the project; and used by a run, where a coefficient of 1 makes two parallel
 * tasks with the same estimate finish together in every iteration.
 */
@PmoTest
class CorrelationGroupApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	PortfolioScene scene;

	long projectId;

	String plan;

	String groups;

	@BeforeEach
	void aProjectStartingOnMonday() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.projectId = this.scene.project(this.scene.portfolio().id(), Classification.RESTRICTED).id();
		this.plan = "/api/v1/projects/" + this.projectId + "/plan";
		this.groups = "/api/v1/projects/" + this.projectId + "/correlation-groups";
		String etag = this.mvc.perform(as(get(this.plan))).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(as(put(this.plan)).header("If-Match", etag).content("{\"projectStart\":\"2026-11-02T08:00:00\"}"))
			.andExpect(status().isOk());
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	long task(String name) throws Exception {
		MvcResult result = this.mvc
			.perform(
					as(post(this.plan + "/activities")).content("{\"name\":\"" + name + "\",\"durationMinutes\":2400}"))
			.andExpect(status().isCreated())
			.andReturn();
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		String etag = this.mvc.perform(as(get(this.plan + "/activities/" + id)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(patch(this.plan + "/activities/" + id)).header("If-Match", etag)
				.content("{\"durationMinMinutes\":1440,\"durationLikelyMinutes\":2400,\"durationMaxMinutes\":4800}"))
			.andExpect(status().isOk());
		return id;
	}

	long milestone(String name) throws Exception {
		MvcResult result = this.mvc
			.perform(as(post(this.plan + "/activities")).content("{\"name\":\"" + name + "\",\"kind\":\"MILESTONE\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	String create(String json) throws Exception {
		return this.mvc.perform(as(post(this.groups)).content(json))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().string("Location", containsString("/api/v1/correlation-groups/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	@Test
	void aGroupIsCreatedReadChangedWithItsVersionAndRemoved() throws Exception {
		long a = task("Wave 1");
		long b = task("Wave 2");
		long c = task("Wave 3");
		String location = create(
				"{\"name\":\"Migration team\",\"coefficient\":0.6,\"activityIds\":[" + a + "," + b + "]}");
		this.mvc.perform(as(get(this.groups)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Migration team"))
			.andExpect(jsonPath("$[0].coefficient").value(0.6))
			.andExpect(jsonPath("$[0].activityIds.length()").value(2));
		this.mvc.perform(as(patch(location)).content("{\"coefficient\":0.8}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(as(patch(location)).header("If-Match", "\"0\"")
				.content("{\"activityIds\":[" + a + "," + b + "," + c + "],\"coefficient\":0.8}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Migration team"))
			.andExpect(jsonPath("$.coefficient").value(0.8))
			.andExpect(jsonPath("$.activityIds.length()").value(3));
		this.mvc.perform(as(patch(location)).header("If-Match", "\"0\"").content("{\"name\":\"Stale\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(get(location)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Migration team"));
		this.mvc.perform(as(delete(location)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
		this.mvc.perform(as(get(location))).andExpect(status().isNotFound());
		this.mvc.perform(as(get(this.groups))).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aGroupThatCannotHoldIsRefusedNamingTheField() throws Exception {
		long a = task("Wave 1");
		long b = task("Wave 2");
		long c = task("Wave 3");
		long gate = milestone("Gate");
		this.mvc
			.perform(
					as(post(this.groups)).content("{\"name\":\"One\",\"coefficient\":0.5,\"activityIds\":[" + a + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("activityIds"))
			.andExpect(jsonPath("$.errors[0].message", containsString("at least two tasks")));
		this.mvc
			.perform(as(post(this.groups))
				.content("{\"name\":\"Too strong\",\"coefficient\":1.5,\"activityIds\":[" + a + "," + b + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("coefficient"));
		this.mvc
			.perform(as(post(this.groups)).content(
					"{\"name\":\"Too negative\",\"coefficient\":-0.6,\"activityIds\":[" + a + "," + b + "," + c + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("coefficient"))
			.andExpect(jsonPath("$.errors[0].message", containsString("-0.500")));
		this.mvc
			.perform(as(post(this.groups))
				.content("{\"name\":\"Milestone\",\"coefficient\":0.5,\"activityIds\":[" + a + "," + gate + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("activityIds"));
		this.mvc
			.perform(as(post(this.groups))
				.content("{\"name\":\" \",\"coefficient\":0.5,\"activityIds\":[" + a + "," + b + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		create("{\"name\":\"First\",\"coefficient\":0.5,\"activityIds\":[" + a + "," + b + "]}");
		this.mvc
			.perform(as(post(this.groups)).header("Accept-Language", "fr")
				.content("{\"name\":\"Second\",\"coefficient\":0.5,\"activityIds\":[" + b + "," + c + "]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("activityIds"))
			.andExpect(jsonPath("$.errors[0].message",
					containsString("Wave 2 est déjà dans le groupe de corrélation First")));
		this.mvc.perform(as(get(this.groups))).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void someoneWhoMayNotSeeTheProjectGets404AndAViewerMayNotChangeIt() throws Exception {
		long a = task("Wave 1");
		long b = task("Wave 2");
		String location = create("{\"name\":\"Team\",\"coefficient\":0.5,\"activityIds\":[" + a + "," + b + "]}");
		var outsider = this.scene.person("outsider", ScreeningLevel.ENHANCED);
		this.mvc.perform(get(this.groups).with(this.identity.as(outsider))).andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(this.identity.as(outsider))).andExpect(status().isNotFound());
		this.mvc.perform(delete(location).header("If-Match", "\"0\"").with(this.identity.as(outsider)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get(location))).andExpect(status().isOk());
	}

	@Test
	void aRunUsesTheGroupAndACoefficientOfOneMakesParallelTasksFinishTogether() throws Exception {
		long a = task("Branch A");
		long b = task("Branch B");
		String independent = finished(start());
		double alone = criticality(independent, a) + criticality(independent, b);
		assertThat(alone).as("independent branches: each is critical about half the time").isLessThan(1.3);

		create("{\"name\":\"Same team\",\"coefficient\":1,\"activityIds\":[" + a + "," + b + "]}");
		String together = finished(start());
		assertThat(JsonPath.<Integer>read(together, "$.inputs.correlationGroups.length()")).isEqualTo(1);
		assertThat(JsonPath.<String>read(together, "$.inputs.correlationGroups[0].name")).isEqualTo("Same team");
		assertThat(criticality(together, a)).as("A with correlation 1").isGreaterThan(0.99);
		assertThat(criticality(together, b)).as("B with correlation 1").isGreaterThan(0.99);
	}

	private static double criticality(String body, long activity) {
		java.util.List<?> values = JsonPath.read(body, "$.activities[?(@.activityId == " + activity + ")].criticality");
		return ((Number) values.get(0)).doubleValue();
	}

	private String start() throws Exception {
		return this.mvc
			.perform(as(post("/api/v1/projects/" + this.projectId + "/risk-analyses"))
				.content("{\"iterations\":500,\"seed\":11}"))
			.andExpect(status().isAccepted())
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
				assertThat(status).isEqualTo("DONE");
				return body;
			}
			Thread.onSpinWait();
		}
	}

}
