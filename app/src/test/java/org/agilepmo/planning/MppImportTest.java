package org.agilepmo.planning;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real MS Project files (MPP, written by MS Project 2003 and 2007; see
 * {@code src/test/resources/org/agilepmo/planning/mpp/README.md} for where they come
 * from) imported into an existing project and as a new project, and a damaged MPP file
 * that changes nothing.
 */
@PmoTest
class MppImportTest {

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

	static byte[] mpp(String name) throws IOException {
		try (InputStream in = MppImportTest.class.getResourceAsStream("mpp/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

	long newProject() {
		return this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
	}

	ResultActions importInto(long project, String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/v1/projects/" + project + "/plan/import")
			.file(new MockMultipartFile("file", name, "application/vnd.ms-project", content))
			.with(this.identity.as(this.scene.officer())));
	}

	List<Map<String, Object>> activities(long project) throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/projects/" + project + "/plan/activities?size=1000")
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.items");
	}

	static Map<String, Object> named(List<Map<String, Object>> activities, String name) {
		return activities.stream()
			.filter(a -> name.equals(a.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no activity named " + name + " in " + activities));
	}

	@ParameterizedTest
	@ValueSource(strings = { "testPROJECT2003.mpp", "testPROJECT2007.mpp" })
	void anMppFileBecomesThePlanWithItsTasksLinksUniqueIdsAndDates(String file) throws Exception {
		long project = newProject();
		importInto(project, file, mpp(file)).andExpect(status().isOk())
			.andExpect(jsonPath("$.activityCount").value(3))
			.andExpect(jsonPath("$.dependencyCount").value(2))
			.andExpect(jsonPath("$.projectStart").value("2011-11-24T08:00:00"))
			.andExpect(jsonPath("$.sourceFile").value(file));

		List<Map<String, Object>> activities = activities(project);
		Map<String, Object> fox = named(activities, "Aquire fox");
		Map<String, Object> dog = named(activities, "Obtain Dog");
		Map<String, Object> jump = named(activities, "Fox does his jump");
		// Task 0, "The quick brown fox jumps over the lazy dog", is MS Project's project
		// summary
		// task: the project itself, not an activity.
		assertThat(activities).extracting(a -> a.get("name"))
			.containsExactly("Aquire fox", "Obtain Dog", "Fox does his jump");

		assertThat(fox).containsEntry("externalId", "1")
			.containsEntry("durationMinutes", 480)
			.containsEntry("earlyStart", "2011-11-24T08:00:00")
			.containsEntry("earlyFinish", "2011-11-24T17:00:00")
			.containsEntry("critical", true);
		assertThat(dog).containsEntry("externalId", "2").containsEntry("earlyStart", "2011-11-24T08:00:00");
		assertThat(jump).containsEntry("externalId", "3")
			.containsEntry("earlyStart", "2011-11-25T08:00:00")
			.containsEntry("earlyFinish", "2011-11-25T17:00:00")
			.containsEntry("lateFinish", "2011-11-25T17:00:00")
			.containsEntry("critical", true);
		assertThat(dog).containsEntry("totalFloat", 0);
	}

	@Test
	void anMppFileCanStartANewProject() throws Exception {
		String code = "MPP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		String location = this.mvc
			.perform(multipart("/api/v1/projects/import")
				.file(new MockMultipartFile("file", "fox.mpp", "application/vnd.ms-project",
						mpp("testPROJECT2007.mpp")))
				.param("portfolioId", String.valueOf(this.scene.portfolio().id()))
				.param("code", code)
				.param("name", "The fox and the dog")
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long project = Long.parseLong(location.replaceAll("^/api/v1/projects/(\\d+)/plan$", "$1"));
		assertThat(activities(project)).extracting(a -> a.get("name"))
			.contains("Aquire fox", "Obtain Dog", "Fox does his jump");
	}

	@Test
	void aDamagedMppFileChangesNothingAndSaysWhy() throws Exception {
		long project = newProject();
		importInto(project, "first.mpp", mpp("testPROJECT2003.mpp")).andExpect(status().isOk());
		List<Map<String, Object>> before = activities(project);

		byte[] whole = mpp("testPROJECT2003.mpp");
		for (int length : new int[] { 512, 40_000, 70_000 }) {
			importInto(project, "damaged.mpp", Arrays.copyOf(whole, length))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}
		assertThat(activities(project)).isEqualTo(before);
	}

}
