package org.agilepmo.planning;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's resources and assignments through the API: an MS Project file imported as a
 * new project keeps them (external IDs, names, max units, units, work), a new import
 * replaces them, a person who may change the plan adds, changes and removes them with
 * If-Match on each object's ETag, every write is audited and moves the plan's version,
 * and a person who may not see the project learns nothing.
 */
@PmoTest
class PlanResourcesApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	AuditTrail audit;

	PortfolioScene scene;

	@BeforeEach
	void scene() {
		this.scene = this.portfolioFixtures.scene();
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	String importedAsNewProject(byte[] content) throws Exception {
		String location = this.mvc
			.perform(multipart("/api/v1/projects/import")
				.file(new MockMultipartFile("file", "staffed.xml", "application/xml", content))
				.param("portfolioId", String.valueOf(this.scene.portfolio().id()))
				.param("code", PortfolioScene.code("RES"))
				.param("name", "Staffed plan")
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return location;
	}

	@Test
	void anMsProjectFileImportedAsANewProjectKeepsItsResourcesMaxUnitsAndAssignments() throws Exception {
		String plan = importedAsNewProject(PlanFiles.staffedMspdi());
		this.mvc.perform(as(get(plan + "/resources")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].externalId").value("11"))
			.andExpect(jsonPath("$[0].name").value("Analyst"))
			.andExpect(jsonPath("$[0].type").value("WORK"))
			.andExpect(jsonPath("$[0].maxUnits").value(0.5))
			.andExpect(jsonPath("$[1].externalId").value("12"))
			.andExpect(jsonPath("$[1].maxUnits").value(1))
			.andExpect(jsonPath("$[2].externalId").value("13"))
			.andExpect(jsonPath("$[2].name").value("Test team"))
			.andExpect(jsonPath("$[2].maxUnits").value(2));
		String json = this.mvc.perform(as(get(plan + "/assignments")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> assignments = JsonPath.read(json, "$");
		assertThat(assignments)
			.extracting(a -> a.get("activityExternalId") + "/" + a.get("resourceExternalId") + "@" + a.get("units")
					+ ":" + a.get("workMinutes"))
			.containsExactlyInAnyOrder("1/11@0.5:240", "2/12@1:480", "3/12@0.5:240", "3/13@1:480");
	}

	@Test
	void aNewImportReplacesTheResourcesAndAssignments() throws Exception {
		String plan = importedAsNewProject(PlanFiles.staffedMspdi());
		this.mvc
			.perform(multipart(plan + "/import")
				.file(new MockMultipartFile("file", "plain.xml", "application/xml", PlanFiles.generatedMspdi(5)))
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk());
		this.mvc.perform(as(get(plan + "/resources"))).andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(as(get(plan + "/assignments"))).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void resourcesAndAssignmentsAreAddedChangedAndRemovedWithIfMatch() throws Exception {
		long project = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
		String plan = "/api/v1/projects/" + project + "/plan";
		long design = id(this.mvc
			.perform(as(post(plan + "/activities")).content("{\"name\":\"Design\",\"durationMinutes\":960}"))
			.andExpect(status().isCreated())
			.andReturn());
		MvcResult added = this.mvc
			.perform(as(post(plan + "/resources")).content("{\"name\":\"Architect\",\"maxUnits\":0.5}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.externalId").value("1"))
			.andExpect(jsonPath("$.type").value("WORK"))
			.andExpect(jsonPath("$.maxUnits").value(0.5))
			.andReturn();
		long architect = id(added);
		long planVersion = planVersion(plan);
		MvcResult assigned = this.mvc
			.perform(as(post(plan + "/assignments"))
				.content("{\"activityId\":" + design + ",\"resourceId\":" + architect + ",\"units\":0.5}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.resourceExternalId").value("1"))
			.andExpect(jsonPath("$.units").value(0.5))
			.andExpect(jsonPath("$.workMinutes").value(480))
			.andReturn();
		long assignment = id(assigned);
		assertThat(planVersion(plan)).isGreaterThan(planVersion);

		this.mvc.perform(as(patch(plan + "/assignments/" + assignment)).content("{\"units\":1}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(
					as(patch(plan + "/assignments/" + assignment)).header("If-Match", "\"7\"").content("{\"units\":1}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(as(patch(plan + "/assignments/" + assignment)).header("If-Match", "\"0\"")
				.content("{\"units\":1.5,\"workMinutes\":1440}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.units").value(1.5))
			.andExpect(jsonPath("$.workMinutes").value(1440));
		this.mvc
			.perform(as(patch(plan + "/resources/" + architect)).header("If-Match", "\"0\"")
				.content("{\"maxUnits\":2,\"name\":\"Architects\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.maxUnits").value(2))
			.andExpect(jsonPath("$.name").value("Architects"));
		this.mvc
			.perform(as(post(plan + "/assignments"))
				.content("{\"activityId\":" + design + ",\"resourceId\":" + architect + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("resourceId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("already assigned")));

		this.mvc.perform(as(delete(plan + "/resources/" + architect)).header("If-Match", "\"1\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(as(get(plan + "/resources"))).andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(as(get(plan + "/assignments"))).andExpect(jsonPath("$.length()").value(0));
		assertThat(entries("plan-resource", architect)).isEqualTo(3);
		assertThat(entries("plan-assignment", assignment)).isEqualTo(2);
	}

	@Test
	void removingAnActivityRemovesItsAssignments() throws Exception {
		long project = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
		String plan = "/api/v1/projects/" + project + "/plan";
		long build = id(
				this.mvc.perform(as(post(plan + "/activities")).content("{\"name\":\"Build\",\"durationMinutes\":480}"))
					.andReturn());
		long developer = id(
				this.mvc.perform(as(post(plan + "/resources")).content("{\"name\":\"Developer\"}")).andReturn());
		this.mvc
			.perform(as(post(plan + "/assignments"))
				.content("{\"activityId\":" + build + ",\"resourceId\":" + developer + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.units").value(1))
			.andExpect(jsonPath("$.workMinutes").value(480));
		this.mvc.perform(as(delete(plan + "/activities/" + build)).header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(as(get(plan + "/assignments"))).andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(as(get(plan + "/resources"))).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		long project = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
		String plan = "/api/v1/projects/" + project + "/plan";
		this.mvc.perform(as(post(plan + "/resources")).content("{\"name\":\"Crane\",\"maxUnits\":-1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("maxUnits"));
		this.mvc.perform(as(post(plan + "/resources")).content("{\"maxUnits\":1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		this.mvc.perform(as(post(plan + "/resources")).content("{\"name\":\"Crane\",\"externalId\":\"7\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(as(post(plan + "/resources")).content("{\"name\":\"Hoist\",\"externalId\":\"7\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("externalId"));
		this.mvc.perform(as(post(plan + "/assignments")).content("{\"activityId\":1,\"resourceId\":2}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("activityId"));
		this.mvc.perform(as(get(plan + "/resources")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].externalId").value("7"));
	}

	@Test
	void aReaderSeesTheResourcesButMayNotChangeThemAndAnOutsiderLearnsNothing() throws Exception {
		long project = this.scene.project(this.scene.portfolio().id(), Classification.CONFIDENTIAL).id();
		String plan = "/api/v1/projects/" + project + "/plan";
		this.mvc.perform(as(post(plan + "/resources")).content("{\"name\":\"Auditor\"}"))
			.andExpect(status().isCreated());
		PersonSummary viewer = this.scene.person("viewer", ScreeningLevel.ENHANCED);
		this.scene.giveProjectRole(project, viewer, ProjectRole.VIEWER);
		this.mvc.perform(get(plan + "/resources").with(this.identity.as(viewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("Auditor"));
		this.mvc
			.perform(post(plan + "/resources").with(this.identity.as(viewer))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Mine\"}"))
			.andExpect(status().isForbidden());
		PersonSummary outsider = this.scene.person("outsider", ScreeningLevel.BASIC);
		this.mvc.perform(get(plan + "/resources").with(this.identity.as(outsider))).andExpect(status().isNotFound());
		this.mvc.perform(get(plan + "/assignments").with(this.identity.as(outsider))).andExpect(status().isNotFound());
	}

	private long planVersion(String plan) throws Exception {
		String etag = this.mvc.perform(as(get(plan))).andReturn().getResponse().getHeader("ETag");
		return Long.parseLong(etag.replace("\"", ""));
	}

	private static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long entries(String type, long id) {
		return this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery(type, String.valueOf(id), null, 0, 50));
	}

}
