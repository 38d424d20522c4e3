package org.agilepmo.planning;

import java.io.ByteArrayInputStream;
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
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Elapsed durations and lags (MS Project's {@code ed}, {@code e%}) survive an export (ADR
 * 0103): MSPDI keeps MS Project's elapsed duration and lag formats; XER, which has no
 * elapsed units, gives an elapsed activity P6's 24-hour calendar and runs elapsed lags on
 * P6's 24-hour lag calendar. Imported again, the plan has the same dates. The page and
 * the API show and take elapsed lags in their own units.
 */
@PmoTest
class ElapsedTimeInExportsTest {

	private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 2, 8, 0);

	private static final String[] DATES = { "earlyStart", "earlyFinish", "lateStart", "lateFinish" };

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
	 * Pour (1d), then Cure (3ed), then Strip forms 2ed after it and Paint 50e% of Cure's
	 * duration after it.
	 */
	private static ProjectFile concrete() {
		ProjectFile file = new ProjectFile();
		file.setDefaultCalendar(file.addDefaultBaseCalendar());
		file.getProjectProperties().setStartDate(MONDAY);
		Task pour = task(file, 1, "Pour", Duration.getInstance(1, TimeUnit.DAYS));
		Task cure = task(file, 2, "Cure", Duration.getInstance(3, TimeUnit.ELAPSED_DAYS));
		cure.addPredecessor(new Relation.Builder().predecessorTask(pour).type(RelationType.FINISH_START));
		Task strip = task(file, 3, "Strip forms", Duration.getInstance(1, TimeUnit.DAYS));
		strip.addPredecessor(new Relation.Builder().predecessorTask(cure)
			.type(RelationType.FINISH_START)
			.lag(Duration.getInstance(2, TimeUnit.ELAPSED_DAYS)));
		Task paint = task(file, 4, "Paint", Duration.getInstance(1, TimeUnit.DAYS));
		paint.addPredecessor(new Relation.Builder().predecessorTask(cure)
			.type(RelationType.FINISH_START)
			.lag(Duration.getInstance(50, TimeUnit.ELAPSED_PERCENT)));
		return file;
	}

	@Test
	void anElapsedPercentageLagIsAShareOfThePredecessorsDurationOnTheClock() throws Exception {
		Imported plan = importAsUser(mspdi(concrete()), "concrete.xml");

		// Cure: Monday 17:00 + 72 clock hours = Thursday 17:00; half of it, 36 clock
		// hours, ends on Saturday 05:00, so Paint starts on Monday 08:00 (as working
		// time, 36 hours would be four and a half working days: Thursday 12:00).
		assertThat(plan.date("2", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 5, 17, 0));
		assertThat(plan.date("4", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 9, 8, 0));
		assertThat(plan.date("3", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 9, 8, 0));
	}

	@Test
	void anMspdiExportKeepsElapsedUnitsAndGivesTheSameDatesWhenImportedAgain() throws Exception {
		Imported source = importAsUser(mspdi(concrete()), "concrete.xml");
		byte[] exported = export(source, "MSPDI");

		String xml = new String(exported, StandardCharsets.UTF_8);
		// MS Project's duration format codes: 8 is "ed", 20 is "e%".
		assertThat(xml).contains("<DurationFormat>8</DurationFormat>").contains("<LagFormat>20</LagFormat>");
		ProjectFile read = new UniversalProjectReader().read(new ByteArrayInputStream(exported));
		Task cure = read.getTaskByUniqueID(2);
		assertThat(cure.getDuration()).isEqualTo(Duration.getInstance(3, TimeUnit.ELAPSED_DAYS));
		Relation strip = read.getTaskByUniqueID(3).getPredecessors().get(0);
		assertThat(strip.getLag()).isEqualTo(Duration.getInstance(2, TimeUnit.ELAPSED_DAYS));
		Relation paint = read.getTaskByUniqueID(4).getPredecessors().get(0);
		assertThat(paint.getLag()).isEqualTo(Duration.getInstance(50, TimeUnit.ELAPSED_PERCENT));

		Imported again = importAsUser(exported, "again.xml");
		assertThat(again.dates()).isEqualTo(source.dates());
	}

	@Test
	void anXerExportRunsElapsedTimeOnTwentyFourHourCalendarsAndGivesTheSameDates() throws Exception {
		Imported source = importAsUser(mspdi(concrete()), "concrete.xml");
		byte[] exported = export(source, "XER");

		String xer = new String(exported, StandardCharsets.UTF_8);
		assertThat(xer).contains("rcal_24Hour").contains("24 Hour");
		Imported again = importAsUser(exported, "again.xer");
		assertThat(again.dates()).isEqualTo(source.dates());
	}

	@Test
	void anXerExportWithWorkingAndElapsedLagsGivesElapsedLagsAsTheWorkingTimeTheySpan() throws Exception {
		ProjectFile file = concrete();
		Task seal = task(file, 5, "Seal", Duration.getInstance(1, TimeUnit.DAYS));
		seal.addPredecessor(new Relation.Builder().predecessorTask(file.getTaskByUniqueID(1))
			.type(RelationType.FINISH_START)
			.lag(Duration.getInstance(1, TimeUnit.DAYS)));
		Imported source = importAsUser(mspdi(file), "mixed.xml");
		byte[] exported = export(source, "XER");

		assertThat(new String(exported, StandardCharsets.UTF_8)).doesNotContain("rcal_24Hour");
		Imported again = importAsUser(exported, "again.xer");
		for (String uid : new String[] { "1", "2", "3", "4", "5" }) {
			assertThat(again.date(uid, "earlyStart")).as(uid).isEqualTo(source.date(uid, "earlyStart"));
			assertThat(again.date(uid, "earlyFinish")).as(uid).isEqualTo(source.date(uid, "earlyFinish"));
		}
	}

	@Test
	void anElapsedLagKeepsItsUnitsOnThePageAndInTheApiAndWhenEditedThere() throws Exception {
		Imported plan = importAsUser(mspdi(concrete()), "concrete.xml");
		JsonNode strip = dependencyInto(plan, "3");
		assertThat(strip.get("lagMinutes").asInt()).isEqualTo(2880);
		assertThat(strip.get("lagElapsed").asBoolean()).isTrue();
		assertThat(dependencyInto(plan, "4").get("lag").asString()).isEqualTo("50e%");

		String projectPage = "/projects/" + plan.location().split("/")[4] + "/plan";
		String page = this.mvc.perform(get(projectPage).with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"2 ed\"").contains("value=\"50 e%\"");
		this.mvc
			.perform(post(projectPage + "/dependencies/" + strip.get("id").asLong())
				.with(this.identity.as(this.scene.officer()))
				.with(csrf())
				.param("version", strip.get("version").asString())
				.param("type", "FINISH_START")
				.param("lag", "3 ed"))
			.andExpect(status().is3xxRedirection());
		JsonNode edited = dependencyInto(plan, "3");
		assertThat(edited.get("lagMinutes").asInt()).isEqualTo(3 * 1440);
		assertThat(edited.get("lagElapsed").asBoolean()).isTrue();
	}

	private JsonNode dependencyInto(Imported plan, String successorUid) throws Exception {
		long successor = plan.activities().get(successorUid).get("id").asLong();
		String body = this.mvc
			.perform(get(plan.location() + "/dependencies").with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (JsonNode item : this.json.readTree(body)) {
			if (item.get("successorId").asLong() == successor) {
				return item;
			}
		}
		throw new AssertionError("no link into " + successorUid);
	}

	private static Task task(ProjectFile file, int uid, String name, Duration duration) {
		Task task = file.addTask();
		task.setName(name);
		task.setUniqueID(uid);
		task.setID(uid);
		task.setOutlineLevel(1);
		task.setDuration(duration);
		return task;
	}

	private static byte[] mspdi(ProjectFile file) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MSPDIWriter().write(file, out);
		return out.toByteArray();
	}

	private byte[] export(Imported plan, String format) throws Exception {
		return this.mvc
			.perform(get(plan.location() + "/export?format=" + format).with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private Imported importAsUser(byte[] content, String fileName) throws Exception {
		String code = "ELAPSED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/projects/import")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.param("portfolioId", String.valueOf(this.scene.portfolio().id()))
				.param("code", code)
				.param("name", "Elapsed case")
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

		Map<String, String> dates() {
			Map<String, String> dates = new java.util.TreeMap<>();
			this.activities.forEach((uid, item) -> {
				for (String field : DATES) {
					dates.put(uid + " " + field, item.get(field).asString());
				}
			});
			return dates;
		}

	}

}
