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
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.ScheduleFrom;
import org.mpxj.mspdi.MSPDIWriter;
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
 * A project MS Project schedules from its finish date (ADR 0103): imported from MSPDI
 * ({@code ScheduleFromStart} 0), its work ends at that date, its tasks as late as
 * possible sit at their late dates, the plan starts at the earliest late start, and an
 * MSPDI export keeps the setting. MPXJ's {@code MicrosoftScheduler} (14.3) has no such
 * mode; the dates follow MS Project's documented behaviour.
 */
@PmoTest
class ScheduledFromTheFinishTest {

	private static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 11, 13, 17, 0);

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
	 * Design (2d) then Build (1d), and a Brochure (1d) on its own, all as late as
	 * possible.
	 */
	private static byte[] mspdi() throws Exception {
		ProjectFile file = new ProjectFile();
		file.setDefaultCalendar(file.addDefaultBaseCalendar());
		file.getProjectProperties().setStartDate(LocalDateTime.of(2026, 11, 2, 8, 0));
		file.getProjectProperties().setScheduleFrom(ScheduleFrom.FINISH);
		file.getProjectProperties().setFinishDate(FRIDAY);
		Task design = task(file, 1, "Design", 2);
		Task build = task(file, 2, "Build", 1);
		task(file, 3, "Brochure", 1);
		build.addPredecessor(new Relation.Builder().predecessorTask(design).type(RelationType.FINISH_START));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MSPDIWriter().write(file, out);
		return out.toByteArray();
	}

	@Test
	void theWorkEndsAtTheFinishDateAndAnExportKeepsTheSetting() throws Exception {
		Imported plan = importAsUser(mspdi(), "from-finish.xml");

		assertThat(plan.date("2", "lateFinish")).isEqualTo(FRIDAY);
		assertThat(plan.date("2", "start")).isEqualTo(LocalDateTime.of(2026, 11, 13, 8, 0));
		assertThat(plan.date("1", "lateStart")).isEqualTo(LocalDateTime.of(2026, 11, 11, 8, 0));
		assertThat(plan.date("1", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 11, 8, 0));
		// As late as possible: the brochure is done on the last day; its float is two
		// days.
		assertThat(plan.date("3", "start")).isEqualTo(LocalDateTime.of(2026, 11, 13, 8, 0));
		assertThat(plan.date("3", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 11, 8, 0));
		assertThat(plan.activities().get("3").get("totalFloat").asInt()).isEqualTo(960);
		String headline = this.mvc.perform(get(plan.location()).with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(headline).get("scheduledFinish").asString()).isEqualTo("2026-11-13T17:00:00");
		assertThat(this.json.readTree(headline).get("projectStart").asString()).isEqualTo("2026-11-11T08:00:00");

		byte[] exported = this.mvc
			.perform(get(plan.location() + "/export?format=MSPDI").with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(exported, StandardCharsets.UTF_8)).contains("<ScheduleFromStart>0</ScheduleFromStart>");
		Imported again = importAsUser(exported, "again.xml");
		for (String uid : new String[] { "1", "2", "3" }) {
			for (String field : new String[] { "earlyStart", "earlyFinish", "lateStart", "lateFinish", "start" }) {
				assertThat(again.date(uid, field)).as(uid + " " + field).isEqualTo(plan.date(uid, field));
			}
		}
	}

	private static Task task(ProjectFile file, int uid, String name, int days) {
		Task task = file.addTask();
		task.setName(name);
		task.setUniqueID(uid);
		task.setID(uid);
		task.setOutlineLevel(1);
		task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
		task.setConstraintType(ConstraintType.AS_LATE_AS_POSSIBLE);
		return task;
	}

	private Imported importAsUser(byte[] content, String fileName) throws Exception {
		String code = "FINISH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/projects/import")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.param("portfolioId", String.valueOf(this.scene.portfolio().id()))
				.param("code", code)
				.param("name", "From the finish")
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
