package org.agilepmo.planning;

import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.internal.ActivityDraft;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan page: the Gantt chart and the WBS table from the same schedule, inline editing
 * that reschedules, refused edits shown with the field, read-only for people who may not
 * change the project, and every language.
 */
@PmoTest
class PlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PlanService plans;

	PortfolioScene scene;

	long projectId;

	ActivityView design;

	ActivityView build;

	ActivityView review;

	@BeforeEach
	void aSmallPlan() {
		this.scene = this.portfolioFixtures.scene();
		this.projectId = this.scene.project(this.scene.portfolio().id(), Classification.PUBLIC).id();
		Actor officer = PortfolioScene.actor(this.scene.officer());
		this.identity.actingAs(this.scene.officer(), () -> {
			this.design = this.plans.addActivity(officer, this.projectId, ActivityDraft.task("Design", 960));
			this.build = this.plans.addActivity(officer, this.projectId, ActivityDraft.task("Build", 1440));
			this.review = this.plans.addActivity(officer, this.projectId, ActivityDraft.task("Review", 480));
			this.plans.addDependency(officer, this.projectId, this.design.id(), this.build.id(), LinkType.FINISH_START,
					Lag.NONE);
			this.plans.addDependency(officer, this.projectId, this.design.id(), this.review.id(), LinkType.FINISH_START,
					Lag.NONE);
		});
	}

	String page(PersonSummary person, String query) throws Exception {
		return this.mvc.perform(get("/projects/" + this.projectId + "/plan" + query).with(this.identity.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theGanttAndTheTableShowTheCriticalPathAndAnEditMovesIt() throws Exception {
		String before = page(this.scene.officer(), "?zoom=DAY");
		assertThat(before).contains("<svg", "class=\"gantt\"", "data-zoom=\"DAY\"", "marker-end=\"url(#arrow)\"")
			.contains("data-activity=\"" + this.build.id() + "\"")
			.contains("id=\"activity-" + this.build.id() + "\" data-critical=\"true\"")
			.contains("id=\"activity-" + this.review.id() + "\" data-critical=\"false\"");
		assertThat(count(before, "<g class=\"g-row critical\"")).isEqualTo(2);

		this.mvc
			.perform(post("/projects/" + this.projectId + "/plan/activities/" + this.review.id())
				.with(this.identity.as(this.scene.officer()))
				.with(csrf())
				.param("version", String.valueOf(this.review.version()))
				.param("name", "Review")
				.param("duration", "4")
				.param("constraintType", "AS_SOON_AS_POSSIBLE"))
			.andExpect(status().is3xxRedirection());

		String after = page(this.scene.officer(), "?zoom=DAY");
		assertThat(after).contains("id=\"activity-" + this.review.id() + "\" data-critical=\"true\"")
			.contains("id=\"activity-" + this.build.id() + "\" data-critical=\"false\"");
		assertThat(after).isNotEqualTo(before);
	}

	@Test
	void aRefusedEditNamesTheFieldAndAStaleOneSaysSo() throws Exception {
		this.mvc
			.perform(post("/projects/" + this.projectId + "/plan/activities/" + this.review.id())
				.with(this.identity.as(this.scene.officer()))
				.with(csrf())
				.param("version", String.valueOf(this.review.version()))
				.param("duration", "soon"))
			.andExpect(flash().attribute("outcome",
					org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("text=Duration: "))));
		this.mvc
			.perform(post("/projects/" + this.projectId + "/plan/activities/" + this.review.id())
				.with(this.identity.as(this.scene.officer()))
				.with(csrf())
				.param("version", String.valueOf(this.review.version() + 7))
				.param("duration", "2"))
			.andExpect(flash().attribute("outcome",
					org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("changed"))));
	}

	@Test
	void someoneWhoMayOnlyReadSeesNoForms() throws Exception {
		PersonSummary reader = this.scene.person("reader", ScreeningLevel.ENHANCED);
		this.scene.giveProjectRole(this.projectId, reader, ProjectRole.VIEWER);
		String body = page(reader, "");
		assertThat(body).contains("<svg").doesNotContain("/plan/activities/" + this.review.id() + "\"");
		this.mvc
			.perform(post("/projects/" + this.projectId + "/plan/activities").with(this.identity.as(reader))
				.with(csrf())
				.param("name", "Sneaky")
				.param("duration", "1"))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar" })
	void thePageSpeaksEveryLanguage(String language) throws Exception {
		String body = page(this.scene.officer(), "?lang=" + language + "&zoom=MONTH");
		assertThat(body).contains("<svg").doesNotContain("??planning.");
	}

	@Test
	void theProjectPageLinksToThePlan() throws Exception {
		String body = this.mvc.perform(get("/projects/" + this.projectId).with(this.identity.as(this.scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("/projects/" + this.projectId + "/plan\"");
	}

	org.agilepmo.planning.internal.PlanView plan() {
		return this.identity.actingAs(this.scene.officer(),
				() -> this.plans.plan(PortfolioScene.actor(this.scene.officer()), this.projectId));
	}

	ActivityView now(ActivityView activity) {
		return plan().activitiesById().get(activity.id());
	}

	org.springframework.test.web.servlet.ResultActions postAsOfficer(String path, String... params) throws Exception {
		var request = post("/projects/" + this.projectId + "/plan" + path).with(this.identity.as(this.scene.officer()))
			.with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	@Test
	void aDependencysTypeAndLagAreEditedOnThePage() throws Exception {
		var link = plan().dependencies()
			.stream()
			.filter(d -> d.predecessorId() == this.design.id() && d.successorId() == this.review.id())
			.findFirst()
			.orElseThrow();
		String body = page(this.scene.officer(), "");
		assertThat(body).contains("id=\"d-" + link.id() + "\"");
		ActivityView designNow = now(this.design);
		assertThat(now(this.review).start()).isAfterOrEqualTo(designNow.finish());

		postAsOfficer("/dependencies/" + link.id(), "version", String.valueOf(link.version()), "type", "START_START",
				"lag", "50 %")
			.andExpect(flash().attributeCount(0));
		var changed = plan().dependencies().stream().filter(d -> d.id() == link.id()).findFirst().orElseThrow();
		assertThat(changed.type()).isEqualTo(LinkType.START_START);
		assertThat(changed.lag()).isEqualTo(Lag.percent(50));
		// Review now starts half-way through Design (one working day of two) instead of
		// after it.
		ActivityView review = now(this.review);
		assertThat(review.start()).isAfter(designNow.start()).isBefore(designNow.finish());

		postAsOfficer("/dependencies/" + link.id(), "version", String.valueOf(changed.version()), "lag", "half")
			.andExpect(flash().attribute("outcome",
					org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("text=Lag: "))));
		postAsOfficer("/dependencies/" + link.id(), "version", String.valueOf(changed.version()), "lag", "-1")
			.andExpect(flash().attributeCount(0));
		assertThat(now(this.review).start()).isBefore(review.start());
	}

	@Test
	void anActivityCanWorkOnItsOwnCalendar() throws Exception {
		postAsOfficer("/calendars", "name", "Weekend crew", "days", "SATURDAY", "days", "SUNDAY", "hours",
				"09:00-13:00")
			.andExpect(flash().attributeCount(0));
		var weekend = plan().calendars()
			.stream()
			.filter(c -> c.calendar().name().equals("Weekend crew"))
			.findFirst()
			.orElseThrow();
		assertThat(page(this.scene.officer(), "")).contains("Weekend crew", "id=\"cal" + weekend.id() + "-name\"");

		postAsOfficer("/activities/" + this.review.id(), "version", String.valueOf(now(this.review).version()),
				"calendarId", String.valueOf(weekend.id()))
			.andExpect(flash().attributeCount(0));
		ActivityView review = now(this.review);
		assertThat(review.calendarId()).isEqualTo(weekend.id());
		assertThat(review.start().getDayOfWeek()).isIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
		assertThat(review.start().toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));

		postAsOfficer("/calendars/" + weekend.id(), "version", String.valueOf(weekend.version()), "name",
				"Weekend crew", "days", "SATURDAY", "hours", "10:00-14:00")
			.andExpect(flash().attributeCount(0));
		assertThat(now(this.review).start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
		assertThat(now(this.review).start().toLocalTime()).isEqualTo(java.time.LocalTime.of(10, 0));

		postAsOfficer("/activities/" + this.review.id(), "version", String.valueOf(now(this.review).version()),
				"calendarId", "")
			.andExpect(flash().attributeCount(0));
		assertThat(now(this.review).calendarId()).isNull();
		assertThat(now(this.review).start().getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY,
				java.time.DayOfWeek.SUNDAY);
	}

	@Test
	void progressADeadlineAndTheStatusDateAreEditedOnThePage() throws Exception {
		ActivityView design = now(this.design);
		String started = design.start().toString();
		postAsOfficer("/activities/" + this.design.id(), "version", String.valueOf(design.version()), "percentComplete",
				"50", "actualStart", started, "actualFinish", "", "deadline", design.start().toLocalDate().toString())
			.andExpect(flash().attributeCount(0));
		ActivityView changed = now(this.design);
		assertThat(changed.percentComplete()).isEqualTo(50);
		assertThat(changed.actualStart()).isEqualTo(design.start());
		assertThat(changed.deadline()).isEqualTo(design.start().toLocalDate().atTime(8, 0));
		String body = page(this.scene.officer(), "");
		assertThat(body).contains("id=\"activity-" + this.design.id())
			.contains("50 %")
			.contains("id=\"plan-problems\"");

		postAsOfficer("/activities/" + this.design.id(), "version", String.valueOf(changed.version()),
				"percentComplete", "150")
			.andExpect(flash().attribute("outcome",
					org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("text=% complete: "))));
		postAsOfficer("/activities/" + this.design.id(), "version", String.valueOf(changed.version()), "actualFinish",
				started.substring(0, 10) + "T07:00")
			.andExpect(flash().attribute("outcome",
					org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("text=Actual finish: "))));

		var plan = plan();
		java.time.LocalDateTime status = design.finish().plusDays(7);
		postAsOfficer("/settings", "planVersion", String.valueOf(plan.version()), "projectStart",
				plan.projectStart().toString(), "statusDate", status.toString())
			.andExpect(flash().attributeCount(0));
		assertThat(plan().statusDate()).isEqualTo(status);
		// The half-done design's remaining day is now scheduled after the status date.
		assertThat(now(this.design).finish()).isAfter(status);
	}

	@Test
	void theBudgetedCostIsEditedInTheRowsDetails() throws Exception {
		ActivityView design = now(this.design);
		postAsOfficer("/activities/" + this.design.id(), "version", String.valueOf(design.version()), "budgetedCost",
				"1 250,5")
			.andExpect(flash().attributeCount(0));
		ActivityView changed = now(this.design);
		assertThat(changed.budgetedCost()).isEqualByComparingTo("1250.50");
		assertThat(page(this.scene.officer(), "")).contains("name=\"budgetedCost\" id=\"bc-" + this.design.id())
			.contains("value=\"1250.50\"");

		postAsOfficer("/activities/" + this.design.id(), "version", String.valueOf(changed.version()), "budgetedCost",
				"-3")
			.andExpect(flash().attribute("outcome", org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers
				.containsString("text=Budgeted cost: “" + changed.name() + "” needs an amount of 0 or more"))));
		assertThat(now(this.design).budgetedCost()).isEqualByComparingTo("1250.50");
		// A row saved without the details keeps the cost; an emptied field removes it.
		postAsOfficer("/activities/" + this.design.id(), "version", String.valueOf(changed.version()), "budgetedCost",
				"")
			.andExpect(flash().attributeCount(0));
		assertThat(now(this.design).budgetedCost()).isNull();
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
