package org.agilepmo.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import org.agilepmo.identity.DemoCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PMO head on the demo's portfolio dashboard: the health chart draws each bar in its
 * health's colour, and clicking the red bar of one portfolio lands on the list of that
 * portfolio's red projects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:accessibility-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@ActiveProfiles("test")
class DashboardBrowserTest extends BrowserTest {

	@Autowired
	DemoCredentials credentials;

	@Test
	void clickingTheRedBarOfAPortfolioListsItsRedProjects() {
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("pmo.head");
			page.getByLabel("Password").fill(this.credentials.demoPassword().orElseThrow());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

			page.navigate(url("/dashboard"));
			Locator health = page.locator("[data-chart-from=by-health]");
			assertThat(health).hasAttribute("data-chart-ready", "true");
			@SuppressWarnings("unchecked")
			List<String> colours = (List<String>) health
				.evaluate("el => echarts.getInstanceByDom(el).getOption().series[0].data.map(d => d.itemStyle.color)");
			assertThat(colours).containsExactly("#146c43", "#b35900", "#b02a37");

			String portfolio = redPortfolio(page);
			page.getByLabel("Portfolio").selectOption(new SelectOption().setValue(portfolio));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
			assertThat(health).hasAttribute("data-chart-ready", "true");
			shot(page, "60-dashboard-by-health.png");

			clickBar(page, health, 2);
			page.waitForURL(Pattern.compile(".*/projects\\?.*health=RED.*"));
			assertThat(page.url()).contains("portfolio=" + portfolio);
			Locator rows = page.locator("main table tbody tr");
			assertThat(rows.first()).isVisible();
			for (int i = 0; i < rows.count(); i++) {
				assertThat(rows.nth(i).locator(".badge").first()).hasText("Red");
			}
			shot(page, "61-red-projects-of-the-portfolio.png");
		}
	}

	/** A portfolio with at least one red project, chosen from the dashboard's list. */
	private String redPortfolio(Page page) {
		for (String value : page.locator("#dashboard-portfolio option")
			.all()
			.stream()
			.map(o -> o.getAttribute("value"))
			.filter(v -> v != null && !v.isEmpty())
			.toList()) {
			page.navigate(url("/dashboard?portfolio=" + value));
			String red = page.locator("#by-health tbody tr").nth(2).locator("td").getAttribute("data-value");
			if (Integer.parseInt(red) > 0) {
				page.navigate(url("/dashboard"));
				return value;
			}
		}
		throw new AssertionError("The demo has no portfolio with a red project");
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
