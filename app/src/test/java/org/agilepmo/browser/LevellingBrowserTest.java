package org.agilepmo.browser;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.DemoCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project manager of the demo's electronic identity plan, whose identity architect is
 * asked for twice her time in September, levels the plan within float from the plan page:
 * the page names the activity that moved and the architect who forced it, and her usage
 * chart drops under the line of her maximum units (the table says the same); a bar leads
 * to the day's row; the plan keeps the levelling (the page lists it when opened again).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:levelling-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@ActiveProfiles("test")
class LevellingBrowserTest extends BrowserTest {

	@Autowired
	DemoCredentials credentials;

	@Test
	void levellingTheDemoPlanBringsTheArchitectUnderHerMaximumUnits() {
		try (BrowserContext context = newContext(1400, 1000)) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("pm.tomas");
			page.getByLabel("Password").fill(this.credentials.demoPassword().orElseThrow());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
			assertThat(page.locator("h1")).containsText("Welcome");

			page.navigate(url("/projects?q=DIGI-EID"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DIGI-EID").setExact(true))
				.first()
				.click();
			page.waitForURL(java.util.regex.Pattern.compile(".*/projects/\\d+$"));
			page.navigate(page.url() + "/plan");
			page.locator("#plan-levelling-link").click();
			assertThat(page.locator("h1")).containsText("Level resources");
			assertThat(page.locator("#nothing-levelled")).isVisible();

			page.getByLabel("Within available float (the finish does not move)").check();
			page.locator("#level-button").click();
			assertThat(page.locator("#levelling-summary")).containsText("activities moved");
			Locator forced = page.locator("#moved tbody tr",
					new Page.LocatorOptions().setHasText("Identity architect"));
			assertThat(forced.first()).isVisible();

			Locator section = page
				.locator("section",
						new Page.LocatorOptions().setHas(page.getByText("Usage of Identity architect per day")))
				.last();
			assertThat(section.locator("p[data-over-after]")).hasAttribute("data-over-after", "false");
			Locator rows = section.locator("tbody tr");
			boolean overBefore = false;
			for (int i = 0; i < rows.count(); i++) {
				Locator row = rows.nth(i);
				int capacity = Integer.parseInt(row.getAttribute("data-capacity"));
				assertThat(Integer.parseInt(row.getAttribute("data-after"))).isLessThanOrEqualTo(capacity);
				overBefore |= Integer.parseInt(row.getAttribute("data-before")) > capacity;
			}
			assertThat(overBefore).isTrue();
			Locator chart = section.locator(".pmo-chart");
			assertThat(chart).hasAttribute("data-chart-ready", "true");
			@SuppressWarnings("unchecked")
			List<List<Number>> series = (List<List<Number>>) chart
				.evaluate("el => echarts.getInstanceByDom(el).getOption().series.map(s => s.data)");
			List<Number> before = series.get(0);
			List<Number> after = series.get(1);
			List<Number> line = series.get(2);
			boolean above = false;
			for (int d = 0; d < line.size(); d++) {
				assertThat(after.get(d).intValue()).isLessThanOrEqualTo(line.get(d).intValue());
				above |= before.get(d).intValue() > line.get(d).intValue();
			}
			assertThat(above).isTrue();
			shot(page, "levelling-01-after-levelling.png");

			String firstDay = rows.first().getAttribute("id");
			Object link = chart.evaluate("el => JSON.parse(el.getAttribute('data-chart')).links[0]");
			assertThat(link).isEqualTo("#" + firstDay);

			page.navigate(page.url());
			assertThat(page.locator("#delayed tbody tr").first()).isVisible();
			shot(page, "levelling-02-levelled-plan.png");
		}
	}

}
