package org.agilepmo.browser;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import org.agilepmo.identity.DemoCredentials;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PMO head on the demo's portfolio dashboard: clicking the bar of a stage lands on
 * the list of the projects in that stage, and the health chart's CSV holds the counts its
 * table shows. axe-core checks every page loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:accessibility-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@ActiveProfiles("test")
class PortfolioDashboardBrowserTest extends BrowserTest {

	@Autowired
	DemoCredentials credentials;

	@Test
	void aStageBarLeadsToItsProjectsAndAChartDownloadsAsCsv() throws Exception {
		try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("en-GB")
			.setViewportSize(1280, 900)
			.setReducedMotion(ReducedMotion.REDUCE)
			.setAcceptDownloads(true))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("pmo.head");
			page.getByLabel("Password").fill(this.credentials.demoPassword().orElseThrow());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

			page.navigate(url("/dashboards"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All portfolios")).click();
			page.waitForURL(Pattern.compile(".*/dashboards/portfolio$"));
			Locator stages = page.locator("[data-chart-from=table-by-stage]");
			assertThat(stages).hasAttribute("data-chart-ready", "true");
			Locator multiSeries = page.locator(".pmo-chart");
			for (int i = 0; i < multiSeries.count(); i++) {
				assertThat(multiSeries.nth(i)).hasAttribute("data-chart-ready", "true");
			}
			shot(page, "70-portfolio-dashboard.png");

			Locator rows = page.locator("#table-by-stage tbody tr");
			int index = -1;
			for (int i = 0; i < rows.count(); i++) {
				if (Integer.parseInt(rows.nth(i).locator("td").getAttribute("data-value")) > 0) {
					index = i;
					break;
				}
			}
			assertThat(index).as("a stage with projects").isGreaterThanOrEqualTo(0);
			String stage = rows.nth(index).locator("th").innerText().strip();
			int count = Integer.parseInt(rows.nth(index).locator("td").getAttribute("data-value"));
			clickBar(page, stages, index);
			page.waitForURL(Pattern.compile(".*/projects\\?stage=.*"));
			Locator listed = page.locator("#projects tbody tr");
			assertThat(listed).hasCount(count);
			for (int i = 0; i < count; i++) {
				assertThat(listed.nth(i)).containsText(stage);
			}
			shot(page, "71-projects-of-the-stage.png");

			page.goBack();
			Locator csvLink = page.locator("#csv-by-health");
			Download download = page.waitForDownload(csvLink::click);
			String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(csv).startsWith("\uFEFFHealth,Projects");
			List<CSVRecord> records = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(csv.substring(1)))
				.getRecords();
			Locator health = page.locator("#table-by-health tbody tr");
			assertThat(records).hasSize(health.count());
			for (int i = 0; i < records.size(); i++) {
				assertThat(records.get(i).get(0)).isEqualTo(health.nth(i).locator("th").innerText().strip());
				assertThat(records.get(i).get(1)).isEqualTo(health.nth(i).locator("td").getAttribute("data-value"));
			}
		}
	}

	/** Clicks the middle of the bar at the index, where ECharts drew it. */
	private static void clickBar(Page page, Locator chart, int index) {
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) chart.evaluate("(el, i) => { const c = echarts.getInstanceByDom(el);"
				+ " const v = c.getOption().series[0].data[i].value;"
				+ " return c.convertToPixel({ seriesIndex: 0 }, [i, v / 2]); }", index);
		BoundingBox box = chart.boundingBox();
		page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());
	}

}
