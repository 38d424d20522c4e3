package org.agilepmo.planning;

import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Small MS Project files, made in code, with what real files have and MS Project opens
 * (ADR 0103): each is imported as a user uploads it and dated as MS Project dates it.
 */
@PmoTest
class ImportingWhatTheToolsAllowTest {

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

	@Test
	void aLinkFromASummaryTaskIsScheduledAfterEveryTaskUnderIt() throws Exception {
		ProjectFile file = project(MONDAY);
		Task phase = task(file, null, 1, "Phase", 0);
		phase.setSummary(true);
		task(file, phase, 2, "Short", 1);
		task(file, phase, 3, "Long", 3);
		Task after = task(file, null, 4, "After the phase", 1);
		after.addPredecessor(new Relation.Builder().predecessorTask(phase).type(RelationType.FINISH_START));
		Map<String, JsonNode> plan = importAsUser(file);

		assertThat(date(plan, "4", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 5, 8, 0));
		assertThat(date(plan, "2", "lateFinish")).isEqualTo(LocalDateTime.of(2026, 11, 4, 17, 0));
	}

	@Test
	void aManualTaskKeepsItsDatesAndItsSuccessorFollowsThem() throws Exception {
		ProjectFile file = project(MONDAY);
		Task manual = task(file, null, 1, "Agreed workshop", 1);
		manual.setTaskMode(TaskMode.MANUALLY_SCHEDULED);
		manual.setStart(LocalDateTime.of(2026, 11, 4, 8, 0));
		manual.setFinish(LocalDateTime.of(2026, 11, 4, 17, 0));
		Task next = task(file, null, 2, "Report", 1);
		next.addPredecessor(new Relation.Builder().predecessorTask(manual).type(RelationType.FINISH_START));
		Map<String, JsonNode> plan = importAsUser(file);

		assertThat(date(plan, "1", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 4, 8, 0));
		assertThat(date(plan, "2", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 5, 8, 0));
		assertThat(date(plan, "1", "lateFinish")).isEqualTo(LocalDateTime.of(2026, 11, 5, 8, 0));
	}

	@Test
	void workDatedBeforeTheProjectStartKeepsItsDatesAndItsFloat() throws Exception {
		ProjectFile file = project(MONDAY.plusWeeks(2));
		Task early = task(file, null, 1, "Survey", 2);
		early.setConstraintType(ConstraintType.MUST_START_ON);
		early.setConstraintDate(MONDAY);
		Task report = task(file, null, 2, "Report", 1);
		report.addPredecessor(new Relation.Builder().predecessorTask(early).type(RelationType.FINISH_START));
		Map<String, JsonNode> plan = importAsUser(file);

		assertThat(date(plan, "2", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 4, 17, 0));
		assertThat(date(plan, "2", "lateFinish")).isEqualTo(LocalDateTime.of(2026, 11, 4, 17, 0));
		assertThat(date(plan, "1", "lateStart")).isEqualTo(MONDAY);
	}

	@Test
	void aMilestoneFlagOnATaskWithADurationKeepsTheDuration() throws Exception {
		ProjectFile file = project(MONDAY);
		Task flagged = task(file, null, 1, "Acceptance", 2);
		flagged.setMilestone(true);
		Map<String, JsonNode> plan = importAsUser(file);

		assertThat(plan.get("1").get("durationMinutes").asInt()).isEqualTo(960);
		assertThat(date(plan, "1", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 3, 17, 0));
	}

	@Test
	void aCalendarWithoutWorkingTimeThatNothingUsesDoesNotStopTheImport() throws Exception {
		ProjectFile file = project(MONDAY);
		ProjectCalendar closed = file.addCalendar();
		closed.setName("Closed resource calendar");
		for (DayOfWeek day : DayOfWeek.values()) {
			closed.setWorkingDay(day, false);
		}
		task(file, null, 1, "Design", 1);
		Map<String, JsonNode> plan = importAsUser(file);

		assertThat(date(plan, "1", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 2, 17, 0));
	}

	@Test
	void aTaskWithoutACalendarWorksOnItsResourcesCalendar() throws Exception {
		ProjectFile file = project(MONDAY);
		ProjectCalendar away = file.addDefaultDerivedCalendar();
		away.setName("Amina");
		away.setParent(file.getDefaultCalendar());
		away.addCalendarException(LocalDate.of(2026, 11, 3));
		Resource amina = file.addResource();
		amina.setName("Amina");
		amina.setUniqueID(1);
		amina.setType(ResourceType.WORK);
		amina.setCalendar(away);
		Task survey = task(file, null, 1, "Survey", 2);
		survey.setType(TaskType.FIXED_UNITS);
		ResourceAssignment assignment = survey.addResourceAssignment(amina);
		assignment.setUnits(100);
		assignment.setWork(Duration.getInstance(16, TimeUnit.HOURS));
		Map<String, JsonNode> plan = importAsUser(file);

		assertThat(date(plan, "1", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 4, 17, 0));
	}

	@Test
	void anElapsedDurationAndAnElapsedLagRunOnTheClockNotOnTheCalendar() throws Exception {
		ProjectFile file = project(MONDAY);
		Task pour = task(file, null, 1, "Pour", 1);
		Task cure = task(file, null, 2, "Cure", 3);
		cure.setDuration(Duration.getInstance(3, TimeUnit.ELAPSED_DAYS));
		cure.addPredecessor(new Relation.Builder().predecessorTask(pour).type(RelationType.FINISH_START));
		Task strip = task(file, null, 3, "Strip forms", 1);
		strip.addPredecessor(new Relation.Builder().predecessorTask(cure)
			.type(RelationType.FINISH_START)
			.lag(Duration.getInstance(2, TimeUnit.ELAPSED_DAYS)));
		Map<String, JsonNode> plan = importAsUser(file);

		// Monday 17:00 + 72 clock hours: Thursday 17:00, not three working days later.
		assertThat(date(plan, "2", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 2, 17, 0));
		assertThat(date(plan, "2", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 5, 17, 0));
		// Thursday 17:00 + 48 clock hours: Saturday 17:00, so Monday 08:00.
		assertThat(date(plan, "3", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 9, 8, 0));
		// Backward, on the clock too: Monday 08:00 - 48 hours - 72 hours is Wednesday
		// 08:00, so Pour may finish on Tuesday 17:00 (the weekend is float).
		assertThat(date(plan, "2", "lateStart")).isEqualTo(LocalDateTime.of(2026, 11, 4, 8, 0));
		assertThat(date(plan, "1", "lateFinish")).isEqualTo(LocalDateTime.of(2026, 11, 3, 17, 0));
	}

	@Test
	void aPrimaveraStartMilestoneIsAtTheNextWorkStartAndAFinishMilestoneAtThePreviousWorkFinish() throws Exception {
		ProjectFile file = project(MONDAY);
		Task design = task(file, null, 1, "Design", 1);
		design.setActivityType(ActivityType.TASK_DEPENDENT);
		Task designed = task(file, null, 2, "Design finished", 0);
		designed.setMilestone(true);
		designed.setActivityType(ActivityType.FINISH_MILESTONE);
		designed.addPredecessor(new Relation.Builder().predecessorTask(design).type(RelationType.FINISH_START));
		Task buildStarts = task(file, null, 3, "Build starts", 0);
		buildStarts.setMilestone(true);
		buildStarts.setActivityType(ActivityType.START_MILESTONE);
		buildStarts.addPredecessor(new Relation.Builder().predecessorTask(design).type(RelationType.FINISH_START));
		Task build = task(file, null, 4, "Build", 1);
		build.setActivityType(ActivityType.TASK_DEPENDENT);
		build.addPredecessor(new Relation.Builder().predecessorTask(buildStarts).type(RelationType.FINISH_START));
		for (Task task : file.getTasks()) {
			task.setPlannedDuration(task.getDuration());
			task.setRemainingDuration(task.getDuration());
		}
		ByteArrayOutputStream xer = new ByteArrayOutputStream();
		new PrimaveraXERFileWriter().write(file, xer);
		Map<String, JsonNode> plan = importAsUser(xer.toByteArray(), "case.xer");

		assertThat(date(plan, "2", "earlyFinish")).isEqualTo(LocalDateTime.of(2026, 11, 2, 17, 0));
		assertThat(date(plan, "3", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 3, 8, 0));
		assertThat(date(plan, "3", "lateStart")).isEqualTo(LocalDateTime.of(2026, 11, 3, 8, 0));
		assertThat(date(plan, "4", "earlyStart")).isEqualTo(LocalDateTime.of(2026, 11, 3, 8, 0));
	}

	private static ProjectFile project(LocalDateTime start) {
		ProjectFile file = new ProjectFile();
		file.setDefaultCalendar(file.addDefaultBaseCalendar());
		file.getProjectProperties().setStartDate(start);
		return file;
	}

	private static Task task(ProjectFile file, Task parent, int uid, String name, int days) {
		Task task = (parent != null) ? parent.addTask() : file.addTask();
		task.setName(name);
		task.setUniqueID(uid);
		task.setID(uid);
		task.setOutlineLevel((parent != null) ? 2 : 1);
		task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
		return task;
	}

	private Map<String, JsonNode> importAsUser(ProjectFile file) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MSPDIWriter().write(file, out);
		return importAsUser(out.toByteArray(), "case.xml");
	}

	private Map<String, JsonNode> importAsUser(byte[] content, String fileName) throws Exception {
		String code = "TOOL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/projects/import")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.param("portfolioId", String.valueOf(this.scene.portfolio().id()))
				.param("code", code)
				.param("name", "Tool case")
				.with(this.identity.as(this.scene.officer())))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		String body = this.mvc
			.perform(get(result.getResponse().getHeader("Location") + "/activities")
				.with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, JsonNode> byUid = new HashMap<>();
		for (JsonNode item : this.json.readTree(body).get("items")) {
			byUid.put(item.get("externalId").asString(), item);
		}
		return byUid;
	}

	private static LocalDateTime date(Map<String, JsonNode> plan, String uid, String field) {
		return LocalDateTime.parse(plan.get(uid).get(field).asString());
	}

}
