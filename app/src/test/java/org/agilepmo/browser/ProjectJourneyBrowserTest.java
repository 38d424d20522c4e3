package org.agilepmo.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.identity.internal.IdentityFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A person in a real browser: logs in, creates a project, switches to Arabic and finds
 * the page laid out right to left. Screenshots go to target/screenshots for a reviewer to
 * look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class ProjectJourneyBrowserTest {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	IdentityFixtures people;

	@BeforeAll
	static void startChromium() {
		assumeTrue(Chromium.isInstalled(), "No Chromium at " + Chromium.EXECUTABLE
				+ ": browser tests skipped (apt-get install chromium, as .ci/run does)");
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void aPmoOfficerLogsInCreatesAProjectAndReadsItInArabic() {
		PersonSummary officer = this.people.person("officer", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(page).hasURL(url("/login"));
			page.getByLabel("Username").fill(officer.username());
			page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Log in"))
				.click();
			assertThat(page.locator("h1")).containsText("Welcome");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("01-home.png")).setFullPage(true));

			page.navigate(url("/organisation?lang=ar"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("html")).hasAttribute("lang", "ar");
			assertThat(page.locator("link[href*='bootstrap.rtl']")).hasCount(1);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("02-organisation-ar.png"))
				.setFullPage(true));
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
