package org.agilepmo.planning;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpxj.ActivityType;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.primavera.PrimaveraXERFileWriter;
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
 * A P6 level-of-effort activity (TT_LOE) imported from XER (ADR 0103): it lasts from its
 * start-to-start predecessor's start to its finish-to-finish successor's finish, drives
 * nothing, is never critical, and an XER export keeps its type.
 */
@PmoTest
class PrimaveraLevelOfEffortTest {

	private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 2, 8, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ObjectMapper json;

	PortfolioScene scene;

	@BeforeEach
	void aPortfolio() {
		this.scene = this.portfolioFixtures.scene();
	}

	/**
	 * Design (2d), Build (3d), Test (1d) in a chain; Project management, a level of
	 * effort of 1d in the file, from Design's start (SS) to Test's finish (FF), and a
	 * finish-to-start link from it to Handover (1d), which it must not hold back.
	 */
	private static byte[] xer() throws Exception {
		ProjectFile file = new ProjectFile();
		file.setDefaultCalendar(file.addDefaultBaseCalendar());
		file.getProjectProperties().setStartDate(MONDAY);
		Task design = task(file, 1, "Design", 2, ActivityType.TASK_DEPENDENT);
		Task build = task(file, 2, "Build", 3, ActivityType.TASK_DEPENDENT);
		Task test = task(file, 3, "Test", 1, ActivityType.TASK_DEPENDENT);
		Task management = task(file, 4, "Project management", 1, ActivityType.LEVEL_OF_EFFORT);
		Task handover = task(file, 5, "Handover", 1, ActivityType.TASK_DEPENDENT);
		build.addPredecessor(new Relation.Builder().predecessorTask(design).type(RelationType.FINISH_START));
		test.addPredecessor(new Relation.Builder().predecessorTask(build).type(RelationType.FINISH_START));
		management.addPredecessor(new Relation.Builder().predecessorTask(design).type(RelationType.START_START));
		test.addPredecessor(new Relation.Builder().predecessorTask(management).type(RelationType.FINISH_FINISH));
		handover.addPredecessor(new Relation.Builder().predecessorTask(design).type(RelationType.FINISH_START));
		handover.addPredecessor(new Relation.Builder().predecessorTask(management).type(RelationType.FINISH_START));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PrimaveraXERFileWriter().write(file, out);
		return out.toByteArray();
	}

	@Test
	void itSpansItsLinksDrivesNothingAndAnXerExportKeepsIt() throws Exception {
		Imported plan = importAsUser(xer(), "loe.xer");

		assertThat(plan.date("4", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 2, 8, 0));
		assertThat(plan.date("4", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 9, 17, 0));
		assertThat(plan.activities().get("4").get("critical").asBoolean()).isFalse();
		// Handover follows Design, not the level of effort's one day nor its finish.
		assertThat(plan.date("5", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 4, 8, 0));
		assertThat(plan.date("3", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 9, 17, 0));

		byte[] exported = this.mvc
			.perform(get(plan.location() + "/export?format=XER").with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(exported, StandardCharsets.UTF_8)).contains("TT_LOE");
		Imported again = importAsUser(exported, "again.xer");
		for (String uid : new String[] { "1", "2", "3", "4", "5" }) {
			for (String field : new String[] { "earlyStart", "earlyFinish", "lateStart", "lateFinish" }) {
				assertThat(again.date(uid, field)).as(uid + " " + field).isEqualTo(plan.date(uid, field));
			}
		}
	}

	private static Task task(ProjectFile file, int uid, String name, int days, ActivityType type) {
		Task task = file.addTask();
		task.setName(name);
		task.setUniqueID(uid);
		task.setID(uid);
		task.setOutlineLevel(1);
		task.setActivityType(type);
		task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
		task.setPlannedDuration(task.getDuration());
		task.setRemainingDuration(task.getDuration());
		return task;
	}

	private Imported importAsUser(byte[] content, String fileName) throws Exception {
		String code = "LOE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/projects/import")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.param("portfolioId", String.valueOf(this.scene.portfolio().id()))
				.param("code", code)
				.param("name", "Level of effort")
				.with(this.identity.as(this.scene.officer())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		String location = result.getResponse().getHeader("Location");
		String body = this.mvc.perform(get(location + "/activities").with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, JsonNode> byUid = new HashMap<>();
		for (JsonNode item : this.json.readTree(body).get("items")) {
			byUid.put(item.get("externalId").asString(), item);
		}
		return new Imported(location, byUid);
	}

	record Imported(String location, Map<String, JsonNode> activities) {

		LocalDateTime date(String uid, String field) {
			return LocalDateTime.parse(this.activities.get(uid).get(field).asString());
		}

	}

}
