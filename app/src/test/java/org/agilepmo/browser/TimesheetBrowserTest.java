package org.agilepmo.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person fills in last week's timesheet with the keyboard (the totals follow what is
 * typed), is told of a wrong hour by day and row, and submits the week; the project's
 * manager approves it on the approvals page; the person then finds the week locked, with
 * nothing left to change. Every page is checked by axe; screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class TimesheetBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Test
	void aPersonSubmitsAWeekTheManagerApprovesItAndItIsLocked() {
		PersonSummary dev = this.people.person("dev", ScreeningLevel.BASIC);
		PersonSummary manager = this.people.person("pm", ScreeningLevel.BASIC);
		PortfolioScene scene = this.portfolios.scene();
		PortfolioScene.ProjectRef project = scene.project(scene.portfolio().id(), Classification.PUBLIC,
				d -> PortfolioScene.withManager(d, manager.id()));
		scene.giveProjectRole(project.id(), dev, ProjectRole.TEAM_MEMBER);
		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);

		try (BrowserContext context = newContext(1400, 1000)) {
			Page page = logIn(context, dev);
			page.navigate(url("/timesheets?week=" + monday));
			assertThat(page.locator("h1")).containsText("Week of");
			page.locator("[id='ts-lines[0].what']").focus();
			page.locator("[id='ts-lines[0].what']")
				.selectOption(new SelectOption().setValue("project:" + project.id()));
			page.keyboard().press("Tab");
			for (String hours : new String[] { "8", "7.5", "8", "7.3", "6" }) {
				page.keyboard().type(hours);
				page.keyboard().press("Tab");
			}
			assertThat(page.locator("#week-total")).hasText("36.8");
			shot(page, "timesheet-01-grid.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for approval"))
				.click();
			assertThat(page.locator("#form-errors")).containsText("Thursday");
			assertThat(page.locator("#form-errors")).containsText("row 1");
			assertThat(page.locator("[id='ts-lines[0].hours[3]']")).hasValue("7.3");
			shot(page, "timesheet-02-refused.png");
			page.locator("[id='ts-lines[0].hours[3]']").fill("7.25");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit for approval"))
				.click();
			assertThat(page.locator("#outcome")).containsText("submitted for approval");
			assertThat(page.locator("#week-state")).hasText("Waiting for approval");
			assertThat(page.locator("#week-total")).hasText("36.75");
		}

		try (BrowserContext context = newContext(1400, 1000)) {
			Page page = logIn(context, manager);
			page.navigate(url("/timesheets/approvals"));
			assertThat(page.locator("h2")).containsText(dev.displayName());
			shot(page, "timesheet-03-approvals.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve").setExact(true)).click();
			assertThat(page.locator("#outcome")).containsText("Approved");
			assertThat(page.locator("#nothing-to-approve")).isVisible();
		}

		try (BrowserContext context = newContext(1400, 1000)) {
			Page page = logIn(context, dev);
			page.navigate(url("/timesheets?week=" + monday));
			assertThat(page.locator("#week-state")).hasText("Approved");
			assertThat(page.locator("#locked-note")).containsText("locked");
			assertThat(page.locator("#submit-week")).hasCount(0);
			assertThat(page.locator("[id='ts-lines[0].hours[0]']")).not().isEditable();
			shot(page, "timesheet-04-locked.png");
		}
	}

}
