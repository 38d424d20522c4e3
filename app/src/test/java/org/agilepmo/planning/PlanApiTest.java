package org.agilepmo.planning;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The planning API: a small plan scheduled by the engine on every change (dates, floats,
 * critical path on the standard calendar), loops refused naming the activities, If-Match
 * on every change, each write audited, baselines and their variance.
 */
@PmoTest
class PlanApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	AuditTrail audit;

	PortfolioScene scene;

	long projectId;

	String base;

	@BeforeEach
	void aProjectStartingOnMonday() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.projectId = this.scene.project(this.scene.portfolio().id(), Classification.RESTRICTED).id();
		this.base = "/api/v1/projects/" + this.projectId + "/plan";
		String etag = this.mvc.perform(as(get(this.base))).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(as(put(this.base)).header("If-Match", etag).content("{\"projectStart\":\"2026-11-02T08:00:00\"}"))
			.andExpect(status().isOk());
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	long activity(String name, int minutes) throws Exception {
		MvcResult result = this.mvc
			.perform(as(post(this.base + "/activities"))
				.content("{\"name\":\"" + name + "\",\"durationMinutes\":" + minutes + "}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	long link(long from, long to) throws Exception {
		MvcResult result = this.mvc
			.perform(as(post(this.base + "/dependencies"))
				.content("{\"predecessorId\":" + from + ",\"successorId\":" + to + "}"))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void theScheduleFollowsTheLinksAndTheCalendarAndChangesWithADuration() throws Exception {
		long design = activity("Design", 960);
		long build = activity("Build", 1440);
		long test = activity("Test", 480);
		link(design, build);
		link(design, test);

		this.mvc.perform(as(get(this.base + "/activities/" + test)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.earlyStart").value("2026-11-04T08:00:00"))
			.andExpect(jsonPath("$.earlyFinish").value("2026-11-04T17:00:00"))
			.andExpect(jsonPath("$.lateStart").value("2026-11-06T08:00:00"))
			.andExpect(jsonPath("$.lateFinish").value("2026-11-06T17:00:00"))
			.andExpect(jsonPath("$.totalFloat").value(960))
			.andExpect(jsonPath("$.totalFloatDuration").value("PT16H"))
			.andExpect(jsonPath("$.freeFloat").value(960))
			.andExpect(jsonPath("$.critical").value(false));
		this.mvc.perform(as(get(this.base + "/activities")))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items[0].name").value("Design"))
			.andExpect(jsonPath("$.items[0].critical").value(true))
			.andExpect(jsonPath("$.items[1].earlyFinish").value("2026-11-06T17:00:00"))
			.andExpect(jsonPath("$.items[1].critical").value(true));

		this.mvc
			.perform(as(patch(this.base + "/activities/" + test)).header("If-Match", "\"0\"")
				.content("{\"durationMinutes\":1920}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.earlyFinish").value("2026-11-09T17:00:00"))
			.andExpect(jsonPath("$.critical").value(true));
		this.mvc.perform(as(get(this.base + "/activities/" + build)))
			.andExpect(jsonPath("$.critical").value(false))
			.andExpect(jsonPath("$.totalFloat").value(480));
		this.mvc.perform(as(get(this.base)))
			.andExpect(jsonPath("$.projectFinish").value("2026-11-09T17:00:00"))
			.andExpect(jsonPath("$.criticalCount").value(2));
	}

	@Test
	void anEditAnswersTheRowsItMovedAndEveryRowShowsTheActivityAsItIsNow() throws Exception {
		long design = activity("Design", 480);
		long build = activity("Build", 480);
		long other = activity("Other", 1920);
		long link = link(design, build);

		// A longer design moves the build; the other activity, the longest, drives the
		// finish and its row stays as it was.
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design + "?answer=changes")).header("If-Match", "\"0\"")
				.content("{\"durationMinutes\":960}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changed[*].id", containsInAnyOrder((int) design, (int) build)))
			.andExpect(jsonPath("$.projectFinish").value("2026-11-05T17:00:00"));

		// A new name moves no date: the row must show it all the same.
		this.mvc
			.perform(as(patch(this.base + "/activities/" + other + "?answer=changes")).header("If-Match", "\"0\"")
				.content("{\"name\":\"Other work\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activity.name").value("Other work"))
			.andExpect(jsonPath("$.changed[*].id", containsInAnyOrder((int) other)));
		this.mvc.perform(as(get(this.base + "/activities/" + other)))
			.andExpect(jsonPath("$.name").value("Other work"))
			.andExpect(jsonPath("$.earlyStart").value("2026-11-02T08:00:00"));

		// A lag on the link: the dependency's row shows it, and the build moves.
		this.mvc
			.perform(as(patch(this.base + "/dependencies/" + link)).header("If-Match", "\"0\"")
				.content("{\"lagMinutes\":480}"))
			.andExpect(status().isOk());
		this.mvc.perform(as(get(this.base + "/dependencies"))).andExpect(jsonPath("$[0].lagMinutes").value(480));
		this.mvc.perform(as(get(this.base + "/activities/" + build)))
			.andExpect(jsonPath("$.earlyStart").value("2026-11-05T08:00:00"));
		this.mvc.perform(as(get(this.base + "/activities/" + other))).andExpect(jsonPath("$.name").value("Other work"));
	}

	@Test
	void aLinkClosingALoopIsRefusedNamingItsActivitiesAndChangesNothing() throws Exception {
		long design = activity("Design", 480);
		long build = activity("Build", 480);
		long test = activity("Test", 480);
		link(design, build);
		link(build, test);
		this.mvc
			.perform(as(post(this.base + "/dependencies"))
				.content("{\"predecessorId\":" + test + ",\"successorId\":" + design + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("predecessorId"))
			.andExpect(jsonPath("$.detail",
					allOf(containsString("Design"), containsString("Build"), containsString("Test"))))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.matchesPattern("Predecessor: This link would make a loop: (\\w+) → \\w+ → \\w+ → \\1")))
			.andExpect(jsonPath("$.errors[0].message", allOf(containsString("This link would make a loop: "),
					containsString(" → "), org.hamcrest.Matchers.not(containsString(String.valueOf(design))))));
		this.mvc.perform(as(get(this.base + "/dependencies"))).andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void changesNeedIfMatchAndAStaleOneIsRefused() throws Exception {
		long design = activity("Design", 480);
		this.mvc.perform(as(patch(this.base + "/activities/" + design)).content("{\"name\":\"Draft\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"name\":\"Draft\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"name\":\"Lost update\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc.perform(as(delete(this.base + "/activities/" + design))).andExpect(status().isPreconditionRequired());
		this.mvc.perform(as(get(this.base + "/activities/" + design))).andExpect(jsonPath("$.name").value("Draft"));
	}

	@Test
	void invalidInputNamesTheFieldAndWritesNothing() throws Exception {
		this.mvc
			.perform(as(post(this.base + "/activities"))
				.content("{\"name\":\"Sign-off\",\"durationMinutes\":480,\"constraintType\":\"MUST_START_ON\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("constraintDate"));
		this.mvc.perform(as(post(this.base + "/activities")).content("{\"durationMinutes\":-5,\"name\":\"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
		this.mvc.perform(as(get(this.base + "/activities"))).andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void everyWriteIsAudited() throws Exception {
		long design = activity("Design", 480);
		long build = activity("Build", 480);
		long link = link(design, build);
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"durationMinutes\":960}"))
			.andExpect(status().isOk());
		this.mvc.perform(as(delete(this.base + "/dependencies/" + link)).header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
		assertThat(entries("plan-activity", design)).isEqualTo(2);
		assertThat(entries("plan-dependency", link)).isEqualTo(2);
	}

	long entries(String type, long id) {
		return this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery(type, String.valueOf(id), null, 0, 50));
	}

	@Test
	void aBaselineKeepsTheDatesAndReportsVariance() throws Exception {
		long design = activity("Design", 960);
		this.mvc.perform(as(post(this.base + "/baselines")).content("{\"name\":\"Approved\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.activities").value(1));
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"durationMinutes\":1440}"))
			.andExpect(status().isOk());
		this.mvc.perform(as(get(this.base + "/baselines/Approved/variance")))
			.andExpect(jsonPath("$[0].activityId").value(design))
			.andExpect(jsonPath("$[0].startVarianceMinutes").value(0))
			.andExpect(jsonPath("$[0].finishVarianceMinutes").value(480))
			.andExpect(jsonPath("$[0].durationVarianceMinutes").value(480));
		this.mvc.perform(as(get(this.base + "/baselines"))).andExpect(jsonPath("$[0].name").value("Approved"));
	}

	@Test
	void aCalendarWithAHolidayMovesTheDates() throws Exception {
		MvcResult created = this.mvc.perform(as(post(this.base + "/calendars")).content("""
				{"name":"Office","week":{"MONDAY":["09:00-17:00"],"TUESDAY":["09:00-17:00"],
				 "WEDNESDAY":["09:00-17:00"],"THURSDAY":["09:00-17:00"],"FRIDAY":["09:00-17:00"]},
				 "exceptions":{"2026-11-03":[]}}
				""")).andExpect(status().isCreated()).andExpect(jsonPath("$.minutesPerDay").value(480)).andReturn();
		long calendar = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		String etag = this.mvc.perform(as(get(this.base))).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(as(put(this.base)).header("If-Match", etag)
				.content("{\"projectStart\":\"2026-11-02T09:00:00\",\"calendarId\":" + calendar + "}"))
			.andExpect(status().isOk());
		long design = activity("Design", 960);
		this.mvc.perform(as(get(this.base + "/activities/" + design)))
			.andExpect(jsonPath("$.earlyStart").value("2026-11-02T09:00:00"))
			.andExpect(jsonPath("$.earlyFinish").value("2026-11-04T17:00:00"));
	}

}
