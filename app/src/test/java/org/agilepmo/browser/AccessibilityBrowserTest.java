package org.agilepmo.browser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
 * The demo walked by its people in English, French, Spanish and Arabic: each main page
 * they reach is checked by axe-core (WCAG 2.1 A/AA) through the gate every browser test
 * has; the test fails on any serious or critical violation and names the rule, the
 * element and the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:accessibility-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@ActiveProfiles("test")
class AccessibilityBrowserTest extends BrowserTest {

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

	@Autowired
	DemoCredentials credentials;

	@Test
	void thePmoHeadSPagesAreAccessibleInEveryLanguage() {
		walk("pmo.head",
				List.of("/", "/portfolios", "/projects", "/intake", "/intake/prioritisation", "/roadmap", "/dashboard",
						"/organisation", "/delivery", "/account", "/projects/new", "/intake/new"),
				List.of("main a[href^='/portfolios/']", "main a[href^='/projects/']:not([href$='/new'])",
						"main a[href^='/programmes/']", "main a[href^='/intake/']",
						"main a[href^='/organisation/units/']"));
	}

	@Test
	void theProductOwnerSDeliveryPagesAreAccessibleInEveryLanguage() {
		walk("po.lucas", List.of("/delivery"),
				List.of("main a[href^='/delivery/squads/'][href$='/backlog']",
						"main a[href^='/delivery/squads/'][href$='/board']",
						"main a[href^='/delivery/squads/'][href$='/sprints']",
						"main a[href^='/delivery/squads/'][href$='/releases']", "main a[href^='/delivery/tribes/']"));
	}

	@Test
	void theProjectManagerSPagesAreAccessibleInEveryLanguage() {
		walk("pm.amina", List.of("/", "/projects", "/intake", "/delivery"),
				List.of("main a[href^='/projects/']:not([href$='/new'])", "main a[href$='/gates']",
						"main a[href^='/intake/']:not([href$='/new'])"));
	}

	@Test
	void theAuditorSPagesAreAccessibleInEveryLanguage() {
		walk("auditor", List.of("/audit", "/audit?entityType=project", "/account"), List.of());
	}

	@Test
	void theGateReportsAButtonWithoutANameWithItsRuleAndPage() {
		try (BrowserContext context = newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>Gate</title></head>"
					+ "<body><main><h1>Gate</h1><button type=\"button\"></button></main></body></html>");
			accessible(page);
			assertThat(this.axe.violations()).extracting(Axe.Violation::rule).contains("button-name");
			assertThat(this.axe.violations().get(0).toString()).contains("[critical] button-name on /login")
				.contains("at button");
			this.axe.reset();
		}
	}

	/**
	 * Logs in as the demo person, collects the start pages and, for each selector in
	 * turn, the first link it finds on the pages collected so far (in English), then
	 * visits them all in each language.
	 */
	private void walk(String username, List<String> start, List<String> firstLinks) {
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill(username);
			page.getByLabel("Password").fill(this.credentials.demoPassword().orElseThrow());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
			assertThat(page.locator("h1")).containsText("Welcome");

			Set<String> paths = new LinkedHashSet<>(start);
			for (String selector : firstLinks) {
				String found = null;
				for (String path : List.copyOf(paths)) {
					page.navigate(url(path));
					List<String> links = page.locator(selector)
						.all()
						.stream()
						.map(l -> l.getAttribute("href"))
						.toList();
					for (String link : links.subList(0, Math.min(links.size(), 5))) {
						if (!paths.contains(link) && page.navigate(url(link)).status() < 400) {
							found = link;
							break;
						}
					}
					if (found != null) {
						paths.add(found);
						break;
					}
				}
			}
			assertThat(paths).as("pages found").hasSizeGreaterThanOrEqualTo(start.size() + firstLinks.size() / 2);
			for (String language : LANGUAGES) {
				page.navigate(url("/?lang=" + language));
				for (String path : paths) {
					assertThat(page.navigate(url(path)).status()).as(path + " in " + language).isLessThan(400);
					assertThat(page.locator("html")).hasAttribute("lang", language);
					accessible(page);
				}
			}
			assertThat(this.axe.checks()).as("axe ran on each page in each language")
				.isGreaterThanOrEqualTo(paths.size() * LANGUAGES.size());
		}
	}

}
