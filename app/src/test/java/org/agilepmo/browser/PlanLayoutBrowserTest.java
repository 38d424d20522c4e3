package org.agilepmo.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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
 * The plan page right to left (Arabic): time runs from right to left in the Gantt chart
 * and the names sit inside it; and a refused change in a row far down a long table: its
 * message appears right after the row, in view, in words, while the rows are drawn as
 * they are scrolled to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class PlanLayoutBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PlanningFixtures plans;

	@Test
	void inArabicTheChartRunsFromRightToLeftWithItsNamesInside() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary officer = scene.officer();
		long projectId = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();
		long design = this.plans.task(officer, projectId, "Design", 2400);
		long build = this.plans.task(officer, projectId, "Build", 2400);
		this.plans.finishToStart(officer, projectId, design, build);
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("ar").setViewportSize(1400, 900))) {
			Page page = login(context, officer);
			page.navigate(url("/projects/" + projectId + "/plan?lang=ar&zoom=DAY"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			Locator chart = page.locator("svg.gantt");
			BoundingBox box = chart.boundingBox();
			BoundingBox first = page.locator("svg.gantt g[data-activity='" + design + "'] rect.g-bar").boundingBox();
			BoundingBox second = page.locator("svg.gantt g[data-activity='" + build + "'] rect.g-bar").boundingBox();
			org.assertj.core.api.Assertions.assertThat(second.x + second.width)
				.as("Build, after Design, is drawn to its left")
				.isLessThanOrEqualTo(first.x + 1);
			List<Double> lefts = new ArrayList<>();
			for (Locator label : page.locator("svg.gantt text.g-label").all()) {
				BoundingBox b = label.boundingBox();
				lefts.add(b.x - box.x);
				org.assertj.core.api.Assertions.assertThat(b.x + b.width)
					.as("each name ends inside the chart")
					.isLessThanOrEqualTo(box.x + box.width + 1);
			}
			org.assertj.core.api.Assertions.assertThat(lefts).hasSize(2).allMatch(x -> x >= 0, "inside the chart");
			org.assertj.core.api.Assertions.assertThat(first.x)
				.as("the bars are left of the names, which sit at the right-hand edge")
				.isLessThan(page.locator("svg.gantt text.g-label").first().boundingBox().x);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-04-arabic.png")));
		}
	}

	@Test
	void aRefusedChangeFarDownTheTableIsToldNextToItsRowInWords() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary officer = scene.officer();
		long projectId = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();
		long last = 0;
		for (int i = 1; i <= 150; i++) {
			last = this.plans.task(officer, projectId, "Task " + i, 480);
		}
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1400, 900))) {
			Page page = login(context, officer);
			page.navigate(url("/projects/" + projectId + "/plan"));
			assertThat(page.locator("#wbs tbody tr.wbs-row")).hasCount(32);
			assertThat(page.locator("#activity-" + last)).hasCount(0);
			page.locator("#wbs-scroll").evaluate("s => s.scrollTop = s.scrollHeight");
			Locator row = page.locator("#activity-" + last);
			assertThat(row).isVisible();
			assertThat(row).hasAttribute("aria-rowindex", "151");

			page.getByLabel("Duration (days) Task 150").fill("soon");
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save Task 150")).click();

			Locator message = page.locator("#row-error-" + last);
			assertThat(message).isVisible();
			assertThat(message).isInViewport();
			assertThat(message.getByRole(AriaRole.ALERT))
				.hasText("Duration: is not a duration: write days (5 or 2.5), " + "hours (4h) or minutes (90m)");
			org.assertj.core.api.Assertions
				.assertThat(page.evaluate("id => document.getElementById('activity-' + id).nextElementSibling.id",
						String.valueOf(last)))
				.isEqualTo("row-error-" + last);
			assertThat(page.getByLabel("Duration (days) Task 150")).hasValue("soon");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-05-row-error.png")));

			page.getByLabel("Duration (days) Task 150").fill("3");
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save Task 150")).click();
			assertThat(page.locator("#row-error-" + last)).hasCount(0);
			assertThat(page.locator("#activity-" + last + " td.finish")).isVisible();
			assertThat(page.getByLabel("Duration (days) Task 150")).hasValue("3");
		}
	}

	private Page login(BrowserContext context, PersonSummary person) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.locator("#username").fill(person.username());
		page.locator("#password").fill(IdentityFixtures.PASSWORD);
		page.locator("form[action$='/login'] button[type=submit]").click();
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}

}
