package org.agilepmo.planning;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXWriter;
import org.mpxj.reader.UniversalProjectReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * MS Project and Primavera exchange: importing MSPDI, MPX and XER files (generated with
 * MPXJ here), exporting a plan and importing it again with the same network and the same
 * dates, and files that cannot be imported changing nothing and naming the element at
 * fault.
 */
@PmoTest
class PlanExchangeTest {

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

	long newProject() {
		return this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer()));
	}

	ResultActions importInto(long project, String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/v1/projects/" + project + "/plan/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(this.identity.as(this.scene.officer())));
	}

	List<Map<String, Object>> activities(long project) throws Exception {
		String json = this.mvc.perform(as(get("/api/v1/projects/" + project + "/plan/activities?size=10000")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.items");
	}

	List<Map<String, Object>> dependencies(long project) throws Exception {
		String json = this.mvc.perform(as(get("/api/v1/projects/" + project + "/plan/dependencies")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$");
	}

	@Test
	void anMspdiFileBecomesThePlanWithItsHierarchyLinksAndUniqueIds() throws Exception {
		long project = newProject();
		importInto(project, "generated.xml", PlanFiles.generatedMspdi(25)).andExpect(status().isOk())
			.andExpect(jsonPath("$.activityCount").value(28))
			.andExpect(jsonPath("$.dependencyCount").value(22))
			.andExpect(jsonPath("$.projectStart").value("2026-11-02T08:00:00"))
			.andExpect(jsonPath("$.sourceFile").value("generated.xml"));
		List<Map<String, Object>> activities = activities(project);
		Map<String, Object> phase = activities.get(0);
		Map<String, Object> first = activities.get(1);
		assertThat(phase).containsEntry("name", "Phase 1")
			.containsEntry("kind", "SUMMARY")
			.containsEntry("externalId", "1");
		assertThat(first).containsEntry("name", "Task 1")
			.containsEntry("externalId", "2")
			.containsEntry("durationMinutes", 480)
			.containsEntry("earlyStart", "2026-11-02T08:00:00")
			.containsEntry("earlyFinish", "2026-11-02T17:00:00");
		assertThat(((Number) first.get("parentId")).longValue()).isEqualTo(((Number) phase.get("id")).longValue());
		for (Map<String, Object> a : activities) {
			assertThat(a).containsKeys("externalId", "earlyStart", "earlyFinish", "lateStart", "lateFinish",
					"totalFloat", "freeFloat", "critical");
		}
	}

	@Test
	void mpxAndXerFilesAreReadToo() throws Exception {
		ProjectFile file = new UniversalProjectReader()
			.read(new java.io.ByteArrayInputStream(PlanFiles.generatedMspdi(12)));
		ByteArrayOutputStream mpx = new ByteArrayOutputStream();
		new MPXWriter().write(file, mpx);
		long project = newProject();
		importInto(project, "generated.mpx", mpx.toByteArray()).andExpect(status().isOk())
			.andExpect(jsonPath("$.activityCount").value(14));
		ByteArrayOutputStream xer = new ByteArrayOutputStream();
		new org.mpxj.primavera.PrimaveraXERFileWriter().write(file, xer);
		long other = newProject();
		importInto(other, "generated.xer", xer.toByteArray()).andExpect(status().isOk());
		assertThat(activities(other).stream().filter(a -> "Task 12".equals(a.get("name")))).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "MSPDI", "XER" })
	void exportThenImportGivesTheSameNetworkAndTheSameDates(String format) throws Exception {
		long source = newProject();
		String base = "/api/v1/projects/" + source + "/plan";
		String etag = this.mvc.perform(as(get(base))).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(as(put(base)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"projectStart\":\"2026-11-02T08:00:00\"}"))
			.andExpect(status().isOk());
		long phase = create(base, "{\"name\":\"Phase\",\"kind\":\"SUMMARY\"}");
		long design = create(base, "{\"name\":\"Design\",\"durationMinutes\":960,\"parentId\":" + phase + "}");
		long build = create(base, "{\"name\":\"Build\",\"durationMinutes\":2400,\"parentId\":" + phase + "}");
		long review = create(base, "{\"name\":\"Review\",\"durationMinutes\":480,\"constraintType\":"
				+ "\"START_NO_EARLIER_THAN\",\"constraintDate\":\"2026-11-10T08:00:00\"}");
		long docs = create(base, "{\"name\":\"Docs\",\"durationMinutes\":720}");
		long done = create(base, "{\"name\":\"Done\",\"kind\":\"MILESTONE\"}");
		link(base, design, build, "FINISH_START", 240);
		link(base, design, docs, "START_START", 0);
		link(base, build, review, "FINISH_START", 0);
		link(base, docs, review, "FINISH_FINISH", 0);
		link(base, review, done, "FINISH_START", 0);

		byte[] exported = this.mvc.perform(as(get(base + "/export?format=" + format)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long target = newProject();
		importInto(target, "roundtrip." + format.toLowerCase(), exported).andExpect(status().isOk());

		assertThat(network(target)).isEqualTo(network(source));
		assertThat(dates(target)).isEqualTo(dates(source));
	}

	long create(String base, String json) throws Exception {
		String body = this.mvc
			.perform(as(post(base + "/activities")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	void link(String base, long from, long to, String type, int lag) throws Exception {
		this.mvc
			.perform(as(post(base + "/dependencies")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"predecessorId\":" + from + ",\"successorId\":" + to + ",\"type\":\"" + type
						+ "\",\"lagMinutes\":" + lag + "}"))
			.andExpect(status().isCreated());
	}

	/** Activities and links by name: what the network is, whatever the ids. */
	List<String> network(long project) throws Exception {
		Map<Long, String> names = new HashMap<>();
		List<String> network = new ArrayList<>();
		for (Map<String, Object> a : activities(project)) {
			names.put(((Number) a.get("id")).longValue(), (String) a.get("name"));
		}
		for (Map<String, Object> a : activities(project)) {
			Object parent = a.get("parentId");
			network.add(a.get("name") + " " + a.get("kind") + " " + a.get("durationMinutes") + " in "
					+ ((parent == null) ? "-" : names.get(((Number) parent).longValue())) + " "
					+ a.get("constraintType") + " " + a.get("constraintDate"));
		}
		for (Map<String, Object> d : dependencies(project)) {
			network.add(names.get(((Number) d.get("predecessorId")).longValue()) + " -> "
					+ names.get(((Number) d.get("successorId")).longValue()) + " " + d.get("type") + " "
					+ d.get("lagMinutes"));
		}
		network.sort(String::compareTo);
		return network;
	}

	List<String> dates(long project) throws Exception {
		List<String> dates = new ArrayList<>();
		for (Map<String, Object> a : activities(project)) {
			dates.add(a.get("name") + " " + a.get("earlyStart") + " " + a.get("earlyFinish") + " " + a.get("lateStart")
					+ " " + a.get("lateFinish") + " " + a.get("totalFloat") + " " + a.get("freeFloat") + " "
					+ a.get("critical"));
		}
		dates.sort(String::compareTo);
		return dates;
	}

	@Test
	void aFileThatCannotBeReadChangesNothingAndSaysWhy() throws Exception {
		long project = newProject();
		importInto(project, "first.xml", PlanFiles.generatedMspdi(5)).andExpect(status().isOk());
		List<Map<String, Object>> before = activities(project);

		importInto(project, "garbage.xml", "<Project><Tasks><Task>".getBytes())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		importInto(project, "notes.txt", "just some words".getBytes()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("This file cannot be imported: ")))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("file:"))));

		importInto(project, "cycle.xml", PlanFiles.cyclicMspdi()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail",
					allOf(containsString("Task 1"), containsString("Task 2"), containsString("Task 3"))));
		importInto(project, "negative.xml", PlanFiles.negativeDurationMspdi())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("task 2 (Task 2)")));

		assertThat(activities(project)).isEqualTo(before).hasSize(6);
	}

}
