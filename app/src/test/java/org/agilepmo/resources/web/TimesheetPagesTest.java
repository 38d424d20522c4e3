package org.agilepmo.resources.web;

import java.time.LocalDate;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timesheet pages: a wrong hour answers 422 with the grid kept and the day and row
 * named in the person's language; the week is saved and submitted from the grid; the
 * project's manager approves it on the approvals page; the grid of an approved week
 * offers nothing to change and refuses a change posted anyway (422).
 */
@PmoTest
class TimesheetPagesTest {

	static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	@Test
	void aWeekIsFilledSubmittedApprovedAndThenLocked() throws Exception {
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary dev = this.people.person("dev", ScreeningLevel.BASIC);
		PersonSummary manager = this.people.person("pm", ScreeningLevel.BASIC);
		PortfolioScene.ProjectRef project = scene.project(scene.portfolio().id(), Classification.PUBLIC,
				d -> PortfolioScene.withManager(d, manager.id()));
		scene.giveProjectRole(project.id(), dev, ProjectRole.TEAM_MEMBER);

		this.mvc.perform(get("/timesheets?week=" + MONDAY.plusDays(3)).with(this.people.as(dev)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(project.code())))
			.andExpect(content().string(containsString("id=\"submit-week\"")));
		this.mvc
			.perform(post("/timesheets").with(this.people.as(dev))
				.with(csrf())
				.header("Accept-Language", "fr")
				.param("week", MONDAY.toString())
				.param("lines[0].what", "project:" + project.id())
				.param("lines[0].hours[0]", "8")
				.param("lines[0].hours[2]", "7.3")
				.param("action", "save"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("mercredi")))
			.andExpect(content().string(containsString("ligne 1")))
			.andExpect(content().string(containsString("value=\"7.3\"")));

		this.mvc
			.perform(post("/timesheets").with(this.people.as(dev))
				.with(csrf())
				.param("week", MONDAY.toString())
				.param("lines[0].what", "project:" + project.id())
				.param("lines[0].hours[0]", "8")
				.param("lines[0].hours[2]", "7.25")
				.param("lines[1].what", "")
				.param("action", "submit"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/timesheets?week=" + MONDAY));
		this.mvc.perform(get("/timesheets?week=" + MONDAY).with(this.people.as(dev)))
			.andExpect(content().string(containsString("15.25")))
			.andExpect(content().string(not(containsString("id=\"submit-week\""))));

		String approvals = this.mvc.perform(get("/timesheets/approvals").with(this.people.as(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("id=\"approve-(\\d+)\"").matcher(approvals);
		org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
		long week = Long.parseLong(id.group(1));
		this.mvc
			.perform(post("/timesheets/" + week + "/approve").with(this.people.as(manager))
				.with(csrf())
				.param("version", String.valueOf(this.resources.weekVersion(dev, week))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/timesheets/" + week).with(this.people.as(dev)))
			.andExpect(content().string(containsString("Approved")));

		this.mvc
			.perform(post("/timesheets").with(this.people.as(dev))
				.with(csrf())
				.param("week", MONDAY.toString())
				.param("lines[0].what", "project:" + project.id())
				.param("lines[0].hours[0]", "1")
				.param("action", "save"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("locked")));
	}

}
