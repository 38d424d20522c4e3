package org.agilepmo.browser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.agilepmo.identity.DemoCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data centre's project manager opens the risk analysis from the demo plan, runs a
 * simulation and sees the progress, then the finish S-curve with its percentiles, the
 * probability of meeting the deadline, the cost curve and the tornado (a click on its top
 * bar opens that activity in the plan); a second run with other settings is compared with
 * the first; an estimate is changed on the page; and the register's migration risk shows
 * the activities it delays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:accessibility-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@ActiveProfiles("test")
class RiskAnalysisBrowserTest extends BrowserTest {

	private static final Pattern PROJECT = Pattern.compile(".*/projects/(\\d+).*");

	@Autowired
	DemoCredentials credentials;

	@Test
	void aProjectManagerRunsASimulationOnTheDemoPlanAndSeesTheSCurveAndTornado() {
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("pm.amina");
			page.getByLabel("Password").fill(this.credentials.demoPassword().orElseThrow());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

			page.navigate(url("/projects?q=INFRA-DC"));
			page.locator("main a", new Page.LocatorOptions().setHasText("INFRA-DC")).first().click();
			Matcher project = PROJECT.matcher(page.url());
			assertThat(project.matches()).as(page.url()).isTrue();
			String id = project.group(1);
			page.navigate(url("/projects/" + id + "/plan"));
			page.locator("#plan-risk-link").click();
			page.waitForURL(Pattern.compile(".*/projects/" + id + "/plan/risk-analysis.*"));
			assertThat(page.locator("#estimates-table")).containsText("Migration wave 2: citizen services");
			assertThat(page.locator("#group-form")).isVisible();
			assertThat(page.locator("main")).containsText("Migration team");

			run(page, "2000", "42", "LATIN_HYPERCUBE");
			String first = runId(page);
			Locator curve = page.locator("#finish-curve");
			assertThat(curve).hasAttribute("data-chart-ready", "true");
			assertThat(page.locator("#finish-histogram")).hasAttribute("data-chart-ready", "true");
			assertThat(page.locator("#cost-curve")).hasAttribute("data-chart-ready", "true");
			Locator tornado = page.locator("#tornado");
			assertThat(tornado).hasAttribute("data-chart-ready", "true");
			@SuppressWarnings("unchecked")
			List<String> marks = (List<String>) curve
				.evaluate("el => echarts.getInstanceByDom(el).getOption().series[0].markLine.data.map(d => d.name)");
			assertThat(marks).contains("P10", "P50", "P80", "P90");
			assertThat(page.locator("#deadline-probability")).containsText("%");
			assertThat(page.locator("#curve-table tbody tr")).hasCount(21);
			assertThat(page.locator("#events-table")).containsText("Data migration takes longer than the window");
			shot(page, "risk-analysis-01-results.png");

			// The bar clicked is the chart's first item; the table row of the same driver
			// links to the same activity as the bar does.
			String driver = (String) tornado
				.evaluate("el => echarts.getInstanceByDom(el).getModel().getSeriesByIndex(0).getData().getName(0)");
			String expected = page.locator("#tornado-table tbody tr th a")
				.filter(new Locator.FilterOptions().setHasText(driver))
				.first()
				.getAttribute("href")
				.replaceAll(".*#", "");
			clickTopBar(page, tornado);
			page.waitForURL(Pattern.compile(".*/projects/" + id + "/plan\\?from=\\d+#activity-\\d+"));
			assertThat(page.url().replaceAll(".*#", "")).isEqualTo(expected);
			assertThat(page.locator("#" + expected)).isVisible();

			page.navigate(url("/projects/" + id + "/plan/risk-analysis"));
			run(page, "1000", "7", "RANDOM");
			String second = runId(page);
			assertThat(second).isNotEqualTo(first);
			page.locator("#compare-" + first).click();
			assertThat(page.locator("#compare-table")).containsText("Run " + first);
			assertThat(page.locator("#compare-table")).containsText("Run " + second);
			assertThat(page.locator("#finish-curve")).hasAttribute("data-chart-ready", "true");
			@SuppressWarnings("unchecked")
			List<String> series = (List<String>) page.locator("#finish-curve")
				.evaluate("el => echarts.getInstanceByDom(el).getOption().series.map(s => s.name)");
			assertThat(series).hasSize(2);
			shot(page, "risk-analysis-02-compare.png");

			Locator row = page.locator("#estimates-table tr", new Page.LocatorOptions().setHasText("Decommission"));
			row.locator("input[name=max]").fill("40");
			row.getByRole(AriaRole.BUTTON).click();
			assertThat(page.locator("#outcome")).containsText("The estimate is saved.");
			assertThat(page.locator("#estimates-table tr", new Page.LocatorOptions().setHasText("Decommission"))
				.locator("input[name=max]")).hasValue("40");

			page.navigate(url("/projects/" + id + "/risks"));
			page.locator("main a", new Page.LocatorOptions().setHasText("Data migration takes longer than the window"))
				.first()
				.click();
			assertThat(page.locator("#schedule-impact-activities")).containsText("Migration wave 2: citizen services");
			assertThat(page.locator("#schedule-impact-figures")).containsText("40 %");
			page.locator("#impact-probability").fill("50");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the schedule impact")).click();
			assertThat(page.locator("#outcome")).containsText("The schedule impact is saved.");
			assertThat(page.locator("#schedule-impact-figures")).containsText("50 %");
			shot(page, "risk-analysis-03-risk-schedule-impact.png");

			page.navigate(url("/projects/" + id + "/plan/risk-analysis?run=" + first + "&lang=ar"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("#finish-curve")).hasAttribute("data-chart-ready", "true");
			shot(page, "risk-analysis-04-arabic.png");
			page.navigate(url("/projects/" + id + "/plan/risk-analysis?lang=en"));
		}
	}

	/** Starts a run from the page's form and waits for its results. */
	private static void run(Page page, String iterations, String seed, String sampling) {
		page.locator("#run-iterations").fill(iterations);
		page.locator("#run-seed").fill(seed);
		page.locator("#run-sampling").selectOption(sampling);
		page.locator("#start-run").click();
		page.waitForURL(Pattern.compile(".*/plan/risk-analysis\\?run=\\d+.*"));
		assertThat(page.locator("#finish-curve")).hasAttribute("data-chart-ready", "true",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
	}

	private static String runId(Page page) {
		return page.url().replaceAll(".*[?&]run=(\\d+).*", "$1");
	}

	private static void clickTopBar(Page page, Locator chart) {
		// the mouse clicks in the viewport: bring the chart into it first
		chart.scrollIntoViewIfNeeded();
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) chart.evaluate("el => { const c = echarts.getInstanceByDom(el);"
				+ " const bar = c.getModel().getSeriesByIndex(0).getData().getItemLayout(0);"
				+ " return [bar.x + bar.width / 2, bar.y + bar.height / 2]; }");
		BoundingBox box = chart.boundingBox();
		page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
	}

}
