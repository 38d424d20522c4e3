package org.agilepmo.planning.conformance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.reader.UniversalProjectReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Every real MS Project and P6 file with resources, imported through the API as a new
 * project, keeps as many resources and assignments as MPXJ reads from the same file, with
 * the same max units and units. MPXJ's count leaves out what is not a resource or an
 * assignment: MS Project's blank resource (unique ID 0, no name, nothing assigned) and
 * its assignments without a resource.
 */
@PmoTest
class RealFilesKeepTheirResourcesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ObjectMapper json;

	@Test
	void everyFileWithResourcesKeepsThemWithTheirMaxUnitsAndAssignments() throws Exception {
		SharedSchedules.requireOrSkip();
		PortfolioScene scene = this.portfolioFixtures.scene();
		int files = 0;
		for (Path file : SharedSchedules.files()) {
			ProjectFile project = new UniversalProjectReader().read(file.toFile());
			List<String> expectedResources = new ArrayList<>();
			Set<Integer> kept = new HashSet<>();
			for (Resource r : project.getResources()) {
				boolean named = r.getName() != null && !r.getName().isBlank();
				if (r.getUniqueID() != null && (named || !r.getTaskAssignments().isEmpty())) {
					kept.add(r.getUniqueID());
					expectedResources.add(r.getUniqueID() + "@" + units(r.getMaxUnits()));
				}
			}
			if (expectedResources.isEmpty()) {
				continue;
			}
			List<String> expectedAssignments = new ArrayList<>();
			for (ResourceAssignment a : project.getResourceAssignments()) {
				Task task = a.getTask();
				if (a.getResource() == null || task == null || task.getUniqueID() == null || task.getNull()
						|| !kept.contains(a.getResource().getUniqueID())
						|| (Integer.valueOf(0).equals(task.getID()) && task.getParentTask() == null)) {
					continue;
				}
				expectedAssignments
					.add(task.getUniqueID() + "/" + a.getResource().getUniqueID() + "@" + units(a.getUnits()));
			}
			String plan = importAsNewProject(scene, file);
			if (plan == null) {
				continue;
			}
			files++;
			List<String> resources = new ArrayList<>();
			for (JsonNode r : read(scene, plan + "/resources")) {
				resources.add(r.get("externalId").asString() + "@" + units(r.get("maxUnits").decimalValue()));
			}
			List<String> assignments = new ArrayList<>();
			for (JsonNode a : read(scene, plan + "/assignments")) {
				assignments.add(a.get("activityExternalId").asString() + "/" + a.get("resourceExternalId").asString()
						+ "@" + units(a.get("units").decimalValue()));
			}
			System.out.printf(Locale.ROOT, "%-48s %4d resources %5d assignments%n", file.getFileName(),
					resources.size(), assignments.size());
			assertThat(resources).as(file.getFileName() + ": resources and max units")
				.containsExactlyInAnyOrderElementsOf(expectedResources);
			assertThat(assignments).as(file.getFileName() + ": assignments and units")
				.containsExactlyInAnyOrderElementsOf(expectedAssignments);
		}
		assertThat(files).as("files with resources imported").isPositive();
	}

	/** MPXJ's percentage as the platform's decimal (100 → 1), to eight places. */
	private static String units(Number percent) {
		BigDecimal units = (percent != null) ? BigDecimal.valueOf(percent.doubleValue()).movePointLeft(2)
				: BigDecimal.ONE;
		return units(units);
	}

	private static String units(BigDecimal units) {
		return units.setScale(8, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * The new project's plan URL, or null when the file is refused (the conformance test
	 * counts those).
	 */
	private String importAsNewProject(PortfolioScene scene, Path file) throws Exception {
		MvcResult result = this.mvc.perform(multipart("/api/v1/projects/import")
			.file(new MockMultipartFile("file", file.getFileName().toString(), "application/octet-stream",
					Files.readAllBytes(file)))
			.param("portfolioId", String.valueOf(scene.portfolio().id()))
			.param("code", "RES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT))
			.param("name", file.getFileName().toString())
			.with(this.identity.as(scene.officer()))).andReturn();
		if (result.getResponse().getStatus() != 201) {
			System.out.println(file.getFileName() + " refused: " + result.getResponse().getContentAsString());
			return null;
		}
		return result.getResponse().getHeader("Location");
	}

	private JsonNode read(PortfolioScene scene, String url) throws Exception {
		return this.json.readTree(this.mvc.perform(get(url).with(this.identity.as(scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
