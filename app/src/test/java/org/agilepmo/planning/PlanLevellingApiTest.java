package org.agilepmo.planning;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Levelling a plan through the API: two activities that need the same full-time person at
 * once are put one after the other when the finish may move, and nothing moves within
 * float when neither has any; the levelling is kept (delays and levelled dates in the
 * plan, through later edits, in the MS Project export) until it is cleared, needs the
 * plan's version and is audited; bad input names the field; an outsider learns nothing.
 */
@PmoTest
class PlanLevellingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	AuditTrail audit;

	PortfolioScene scene;

	long project;

	String plan;

	long design;

	long review;

	long architect;

	@BeforeEach
	void overAllocatedPlan() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.project = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
		this.plan = "/api/v1/projects/" + this.project + "/plan";
		this.design = id(this.mvc
			.perform(as(post(this.plan + "/activities")).content("{\"name\":\"Design\",\"durationMinutes\":960}"))
			.andExpect(status().isCreated())
			.andReturn());
		this.review = id(this.mvc
			.perform(as(post(this.plan + "/activities")).content("{\"name\":\"Review\",\"durationMinutes\":480}"))
			.andExpect(status().isCreated())
			.andReturn());
		this.architect = id(
				this.mvc.perform(as(post(this.plan + "/resources")).content("{\"name\":\"Architect\",\"maxUnits\":1}"))
					.andExpect(status().isCreated())
					.andReturn());
		for (long activity : new long[] { this.design, this.review }) {
			this.mvc
				.perform(as(post(this.plan + "/assignments"))
					.content("{\"activityId\":" + activity + ",\"resourceId\":" + this.architect + ",\"units\":1}"))
				.andExpect(status().isCreated());
		}
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	String etag() throws Exception {
		return this.mvc.perform(as(get(this.plan))).andReturn().getResponse().getHeader("ETag");
	}

	String level(String mode) throws Exception {
		return this.mvc
			.perform(as(post(this.plan + "/levelling")).header("If-Match", etag())
				.content("{\"mode\":\"" + mode + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The activity's row of GET …/plan/activities. */
	Map<String, Object> row(long activity) throws Exception {
		String json = this.mvc.perform(as(get(this.plan + "/activities")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> rows = JsonPath.read(json, "$.items[?(@.id == " + activity + ")]");
		return rows.get(0);
	}

	static LocalDateTime at(Map<String, Object> row, String field) {
		return LocalDateTime.parse((String) row.get(field));
	}

	static long delay(Map<String, Object> row) {
		return ((Number) row.get("levellingDelayMinutes")).longValue();
	}

	@Test
	void levellingIsKeptThePlanShowsTheLevelledDatesAndTheEditKeepsThem() throws Exception {
		String before = etag();
		String json = level("EXTEND_FINISH");
		assertThat((Integer) JsonPath.read(json, "$.activitiesMoved")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(json, "$.overloadAfter")).isZero();
		assertThat((Integer) JsonPath.read(json, "$.moved[0].overAllocated[0]")).isEqualTo((int) this.architect);
		assertThat((Integer) JsonPath.read(json, "$.usage[0].before[0]")).isEqualTo(200);
		assertThat((Integer) JsonPath.read(json, "$.usage[0].after[0]")).isEqualTo(100);
		assertThat(LocalDateTime.parse(JsonPath.read(json, "$.finishAfter")))
			.isAfter(LocalDateTime.parse(JsonPath.read(json, "$.finishBefore")));
		assertThat(etag()).isNotEqualTo(before);

		long moved = ((Number) JsonPath.read(json, "$.moved[0].activityId")).longValue();
		long stayed = (moved == this.design) ? this.review : this.design;
		Map<String, Object> m = row(moved);
		Map<String, Object> s = row(stayed);
		assertThat(delay(m)).isPositive();
		assertThat(at(m, "start")).isAfter(at(m, "earlyStart"));
		assertThat(at(m, "start")).isEqualTo(LocalDateTime.parse(JsonPath.read(json, "$.moved[0].start")));
		assertThat(delay(s)).isZero();
		assertThat(at(s, "start")).isEqualTo(at(s, "earlyStart"));
		assertThat(at(s, "finish")).isEqualTo(at(s, "earlyFinish"));
		// the architect never works on both at once
		assertThat(!at(m, "start").isBefore(at(s, "finish")) || !at(s, "start").isBefore(at(m, "finish"))).isTrue();
		this.mvc.perform(as(get(this.plan)))
			.andExpect(jsonPath("$.projectFinish").value(JsonPath.<String>read(json, "$.finishAfter")));

		// an edit that reschedules keeps the delay, as MS Project does
		String activityEtag = this.mvc.perform(as(get(this.plan + "/activities/" + stayed)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(patch(this.plan + "/activities/" + stayed)).header("If-Match", activityEtag)
				.content("{\"name\":\"Renamed\"}"))
			.andExpect(status().isOk());
		assertThat(delay(row(moved))).isEqualTo(delay(m));
		assertThat(at(row(moved), "start")).isEqualTo(at(m, "start"));

		List<AuditEntryView> entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("plan", null, null, 0, 50));
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("plan.levelled");
			assertThat(entry.after()).contains(String.valueOf(moved));
		});
	}

	@Test
	void clearingTheLevellingGivesTheEarlyDatesBackAndIsAudited() throws Exception {
		String json = level("EXTEND_FINISH");
		long moved = ((Number) JsonPath.read(json, "$.moved[0].activityId")).longValue();
		this.mvc.perform(as(delete(this.plan + "/levelling")).header("If-Match", etag()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.projectFinish").value(JsonPath.<String>read(json, "$.finishBefore")));
		Map<String, Object> row = row(moved);
		assertThat(delay(row)).isZero();
		assertThat(at(row, "start")).isEqualTo(at(row, "earlyStart"));
		assertThat(this.audit.browse(ScreeningLevel.ENHANCED, new AuditQuery("plan", null, null, 0, 50)))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("plan.levelling-cleared"));
	}

	@Test
	void levellingNeedsThePlansVersion() throws Exception {
		this.mvc.perform(as(post(this.plan + "/levelling")).content("{\"mode\":\"EXTEND_FINISH\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(as(post(this.plan + "/levelling")).header("If-Match", "\"999\"")
				.content("{\"mode\":\"EXTEND_FINISH\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(delete(this.plan + "/levelling"))).andExpect(status().isPreconditionRequired());
	}

	@Test
	void theMsProjectExportCarriesTheLevelledDatesAndDelays() throws Exception {
		String json = level("EXTEND_FINISH");
		long moved = ((Number) JsonPath.read(json, "$.moved[0].activityId")).longValue();
		Map<String, Object> row = row(moved);
		byte[] exported = this.mvc.perform(as(get(this.plan + "/export")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String xml = new String(exported, StandardCharsets.UTF_8);
		// MS Project's duration format code 8 is "ed" (elapsed days).
		assertThat(xml).contains("<LevelingDelayFormat>8</LevelingDelayFormat>");
		ProjectFile read = new UniversalProjectReader().read(new ByteArrayInputStream(exported));
		Task task = read.getTasks().stream().filter(t -> row.get("name").equals(t.getName())).findFirst().orElseThrow();
		assertThat(task.getStart()).isEqualTo(at(row, "start"));
		assertThat(task.getFinish()).isEqualTo(at(row, "finish"));
		Duration levelling = task.getLevelingDelay();
		assertThat(levelling.getUnits()).isEqualTo(TimeUnit.ELAPSED_DAYS);
		assertThat(Math.round(levelling.getDuration() * 1440)).isEqualTo(delay(row));
	}

	@Test
	void withinFloatNothingWithoutFloatMovesAndTheFinishStays() throws Exception {
		String json = level("WITHIN_FLOAT");
		String finishBefore = JsonPath.read(json, "$.finishBefore");
		String finishAfter = JsonPath.read(json, "$.finishAfter");
		assertThat(finishAfter).isEqualTo(finishBefore);
	}

	@Test
	void badInputNamesTheFieldAndAnOutsiderLearnsNothing() throws Exception {
		this.mvc.perform(as(post(this.plan + "/levelling")).header("If-Match", etag()).content("{}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[0].field").value("mode"));
		this.mvc
			.perform(as(post(this.plan + "/levelling")).header("If-Match", etag())
				.content("{\"mode\":\"EXTEND_FINISH\",\"timeLimitMillis\":0}"))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.errors[0].field").value("timeLimitMillis"));
		PersonSummary outsider = this.scene.person("outsider", ScreeningLevel.BASIC);
		this.mvc
			.perform(post(this.plan + "/levelling").with(this.identity.as(outsider))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\":\"EXTEND_FINISH\"}"))
			.andExpect(status().isNotFound());
	}

}
