package org.agilepmo.planning;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resources and assignments survive the exchange with MS Project and Primavera: an MSPDI
 * file with resources at max units 50 %, 100 % and 200 % and assignments at 50 % and 100
 * % is imported, exported as MSPDI (and as XER) and imported again with the same
 * resources, max units, assignments and dates; so is a plan whose resources were added in
 * the platform.
 */
@PmoTest
class PlanResourcesExchangeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	PortfolioScene scene;

	@BeforeEach
	void scene() {
		this.scene = this.portfolioFixtures.scene();
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer()));
	}

	String newPlan() {
		return "/api/v1/projects/" + this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id()
				+ "/plan";
	}

	void importInto(String plan, String name, byte[] content) throws Exception {
		this.mvc
			.perform(multipart(plan + "/import")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk());
	}

	byte[] export(String plan, String format) throws Exception {
		return this.mvc.perform(as(get(plan + "/export?format=" + format)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	List<String> resources(String plan) throws Exception {
		List<Map<String, Object>> list = JsonPath.read(body(plan + "/resources"), "$");
		return list.stream()
			.map(r -> r.get("externalId") + " " + r.get("name") + " " + r.get("type") + " " + r.get("maxUnits"))
			.toList();
	}

	List<String> assignments(String plan) throws Exception {
		List<Map<String, Object>> list = JsonPath.read(body(plan + "/assignments"), "$");
		return list.stream()
			.map(a -> a.get("activityExternalId") + "/" + a.get("resourceExternalId") + " @" + a.get("units") + " "
					+ a.get("workMinutes") + "m")
			.sorted()
			.toList();
	}

	List<String> dates(String plan) throws Exception {
		List<Map<String, Object>> list = JsonPath.read(body(plan + "/activities?size=10000"), "$.items");
		return list.stream()
			.map(a -> a.get("externalId") + " " + a.get("durationMinutes") + " " + a.get("earlyStart") + " "
					+ a.get("earlyFinish"))
			.toList();
	}

	String body(String url) throws Exception {
		return this.mvc.perform(as(get(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "MSPDI", "XER" })
	void anExportedPlanImportedAgainKeepsItsResourcesMaxUnitsAndAssignments(String format) throws Exception {
		String original = newPlan();
		importInto(original, "staffed.xml", PlanFiles.staffedMspdi());
		assertThat(resources(original)).containsExactly("11 Analyst WORK 0.5", "12 Developer WORK 1",
				"13 Test team WORK 2");
		assertThat(assignments(original)).containsExactly("1/11 @0.5 240m", "2/12 @1 480m", "3/12 @0.5 240m",
				"3/13 @1 480m");

		String again = newPlan();
		importInto(again, "exported." + format.toLowerCase(java.util.Locale.ROOT), export(original, format));

		assertThat(resources(again)).isEqualTo(resources(original));
		assertThat(assignments(again)).isEqualTo(assignments(original));
		assertThat(dates(again)).isEqualTo(dates(original));
	}

	@Test
	void resourcesAddedInThePlatformAreExportedAndImportedAgain() throws Exception {
		String plan = newPlan();
		long task = id(this.mvc
			.perform(as(post(plan + "/activities")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Survey\",\"durationMinutes\":960}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long crew = id(this.mvc
			.perform(as(post(plan + "/resources")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Survey crew\",\"maxUnits\":2}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		this.mvc
			.perform(as(post(plan + "/assignments")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"activityId\":" + task + ",\"resourceId\":" + crew + ",\"units\":1.5}"))
			.andExpect(status().isCreated());

		String again = newPlan();
		importInto(again, "platform.xml", export(plan, "MSPDI"));

		assertThat(resources(again)).containsExactly("1 Survey crew WORK 2");
		List<Map<String, Object>> assigned = JsonPath.read(body(again + "/assignments"), "$");
		assertThat(assigned).hasSize(1);
		assertThat(assigned.get(0).get("resourceExternalId")).isEqualTo("1");
		assertThat(assigned.get(0).get("units")).isEqualTo(1.5);
		assertThat(assigned.get(0).get("workMinutes")).isEqualTo(1440);
		List<Map<String, Object>> activities = JsonPath.read(body(again + "/activities"), "$.items");
		assertThat(activities.get(0).get("durationMinutes")).isEqualTo(960);
	}

	private static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}
