package org.agilepmo.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A project manager opens the plan from the project page, lengthens an activity that had
 * float, and sees it become critical in the table and in the Gantt chart; records
 * progress in a row's details with the keyboard and makes a link start-to-start with a
 * lag of 50 %. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class PlanBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PlanningFixtures plans;

	@Test
	void aProjectManagerLengthensAnActivityAndSeesTheCriticalPathMove() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary officer = scene.officer();
		long projectId = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();
		long design = this.plans.task(officer, projectId, "Design", 960);
		long build = this.plans.task(officer, projectId, "Build", 1440);
		long review = this.plans.task(officer, projectId, "Review", 480);
		this.plans.finishToStart(officer, projectId, design, build);
		this.plans.finishToStart(officer, projectId, design, review);
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill(officer.username());
			page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
			page.navigate(url("/projects/" + projectId));
			page.locator("#plan-link").click();
			assertThat(page).hasURL(url("/projects/" + projectId + "/plan"));
			page.locator("a:text-is('Day')").click();

			Locator reviewRow = page.locator("#activity-" + review);
			Locator reviewBar = page.locator("svg.gantt g[data-activity='" + review + "']");
			assertThat(reviewRow).hasAttribute("data-critical", "false");
			assertThat(reviewBar).not().hasClass(java.util.regex.Pattern.compile(".*critical.*"));
			String widthBefore = reviewBar.locator("rect.g-bar").getAttribute("width");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-01-before.png")).setFullPage(true));

			Locator duration = page.getByLabel("Duration (days) Review");
			duration.fill("4");
			reviewRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save Review")).click();

			assertThat(page.locator("#activity-" + review)).hasAttribute("data-critical", "true");
			assertThat(page.locator("svg.gantt g[data-activity='" + review + "']"))
				.hasClass(java.util.regex.Pattern.compile(".*critical.*"));
			String widthAfter = page.locator("svg.gantt g[data-activity='" + review + "'] rect.g-bar")
				.getAttribute("width");
			org.assertj.core.api.Assertions.assertThat(Double.parseDouble(widthAfter))
				.isGreaterThan(Double.parseDouble(widthBefore) * 3);
			assertThat(page.locator("#activity-" + build)).hasAttribute("data-critical", "false");
			double drawn = page.locator("svg.gantt g[data-activity='" + review + "'] rect.g-bar").boundingBox().width;
			org.assertj.core.api.Assertions.assertThat(drawn)
				.as("the bar is drawn as wide as its width attribute says, not stretched by page styles")
				.isCloseTo(Double.parseDouble(widthAfter), org.assertj.core.api.Assertions.within(2.0));
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-02-after.png")).setFullPage(true));

			// The details of a row, opened and filled with the keyboard: progress.
			page.locator("#activity-" + review + " details summary").focus();
			page.keyboard().press("Enter");
			Locator percent = page.locator("#pc-" + review);
			assertThat(percent).isVisible();
			percent.fill("50");
			percent.press("Enter");
			assertThat(page.locator("#activity-" + review + " td.percent")).hasText("50 %");

			// A link made start-to-start with a lag of half the predecessor: Review
			// starts
			// half-way through Design.
			String startBefore = page.locator("#activity-" + review + " td.start").textContent();
			page.getByLabel("Type Design → Review").selectOption("START_START");
			page.getByLabel("Lag (days, or % of the predecessor) Design → Review").fill("50 %");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Design → Review")).click();
			assertThat(page.locator("#activity-" + review + " td.start")).not().hasText(startBefore);
			assertThat(page.getByLabel("Lag (days, or % of the predecessor) Design → Review")).hasValue("50 %");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-02b-details.png"))
				.setFullPage(true));

			// Printing (the browser's "Save as PDF"): the chart, whole and unclipped,
			// without
			// the forms and buttons
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
			assertThat(page.locator("svg.gantt")).isVisible();
			assertThat(page.locator("[data-print]")).isHidden();
			assertThat(page.locator("nav").first()).isHidden();
			org.assertj.core.api.Assertions
				.assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.gantt-scroll')).overflow"))
				.isEqualTo("visible");
			byte[] pdf = page.pdf(new Page.PdfOptions().setPath(SCREENSHOTS.resolve("plan-03-print.pdf")));
			org.assertj.core.api.Assertions
				.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
				.isEqualTo("%PDF-");
		}
	}

	@Test
	void aProjectManagerAssignsAResourceOnTheResourcesViewAndRemovesIt() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary officer = scene.officer();
		long projectId = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();
		long design = this.plans.task(officer, projectId, "Design", 960);
		this.plans.task(officer, projectId, "Build", 480);
		long analyst = this.plans.resource(officer, projectId, "Analyst", new java.math.BigDecimal("0.5"));
		this.plans.resource(officer, projectId, "Test team", new java.math.BigDecimal("2"));
		this.plans.assignment(officer, projectId, design, analyst, new java.math.BigDecimal("0.5"));
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1400, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill(officer.username());
			page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
			page.navigate(url("/projects/" + projectId + "/plan"));
			page.locator("#plan-resources-link").click();
			assertThat(page).hasURL(url("/projects/" + projectId + "/plan/resources"));

			Locator resources = page.locator("#plan-resources tbody tr");
			assertThat(resources).hasCount(2);
			assertThat(resources.nth(0)).containsText("Analyst");
			assertThat(resources.nth(0)).containsText("50 %");
			assertThat(resources.nth(1)).containsText("200 %");
			assertThat(page.locator("#plan-assignments tbody tr")).hasCount(1);

			page.getByLabel("Activity")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("2 Build"));
			page.getByLabel("Resource", new Page.GetByLabelOptions().setExact(true))
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Test team"));
			page.getByLabel("Units (%)", new Page.GetByLabelOptions().setExact(true)).fill("150");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
			assertThat(page.locator("#outcome")).containsText("The resource is assigned.");
			Locator assignments = page.locator("#plan-assignments tbody tr");
			assertThat(assignments).hasCount(2);
			assertThat(assignments.nth(1)).containsText("Test team");
			assertThat(assignments.nth(1)).containsText("150 %");
			assertThat(assignments.nth(1)).containsText("12 h");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-04-resources.png"))
				.setFullPage(true));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Analyst from 1 Design"))
				.click();
			assertThat(page.locator("#outcome")).containsText("The assignment is removed.");
			assertThat(page.locator("#plan-assignments tbody tr")).hasCount(1);
			assertThat(page.locator("#plan-resources tbody tr").nth(0).locator("td").last()).hasText("0");
		}
	}

}
