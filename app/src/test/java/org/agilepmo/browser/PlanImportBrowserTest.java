package org.agilepmo.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanFiles;
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
 * A project manager imports a schedule file on the plan page and sees the import's
 * progress (how much of the file has been sent, then how long the server has been reading
 * it) until the plan comes back with the outcome; a file that cannot be imported comes
 * back with its reason. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class PlanImportBrowserTest extends BrowserTest {

	/** Keeps every text the progress line shows, across the page's replacement. */
	private static final String RECORD_PROGRESS = """
			() => {
			  const status = document.querySelector('form[data-upload-progress] [role=status]');
			  sessionStorage.setItem('seen', '[]');
			  new MutationObserver(() => {
			    const seen = JSON.parse(sessionStorage.getItem('seen'));
			    seen.push(status.textContent);
			    sessionStorage.setItem('seen', JSON.stringify(seen));
			  }).observe(status, { childList: true, characterData: true, subtree: true });
			}""";

	private static final com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions SLOW = new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
		.setTimeout(120_000);

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Test
	void aProjectManagerSeesTheImportProgressAndThenThePlan() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary officer = scene.officer();
		long projectId = scene.project(scene.portfolio().id(), Classification.PUBLIC).id();
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1400, 900))) {
			Page page = logIn(context, officer);
			page.navigate(url("/projects/" + projectId + "/plan"));
			assertThat(page.locator(".upload-progress")).isHidden();

			page.evaluate(RECORD_PROGRESS);
			page.locator("#import-file")
				.setInputFiles(new FilePayload("two-thousand.xml", "application/xml", PlanFiles.generatedMspdi(2000)));
			page.locator("form[data-upload-progress] button[type=submit]").click();

			// Reading and scheduling 2,000 tasks takes a while on a busy machine.
			assertThat(page.locator(".alert").first()).containsText("Imported two-thousand.xml", SLOW);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/projects/" + projectId + "/plan.*"));
			@SuppressWarnings("unchecked")
			List<String> seen = (List<String>) page.evaluate("() => JSON.parse(sessionStorage.getItem('seen'))");
			org.assertj.core.api.Assertions.assertThat(seen)
				.as("the progress line said the file was being read")
				.anyMatch(text -> text.startsWith("Reading the file and scheduling the plan… "));
			org.assertj.core.api.Assertions.assertThat(page.locator("svg.gantt").count()).isPositive();
			shot(page, "plan-import-01-done.png");
			accessible(page);

			// A file with a loop comes back with its reason, naming the activities.
			page.locator("#import-file")
				.setInputFiles(new FilePayload("loop.xml", "application/xml", PlanFiles.cyclicMspdi()));
			page.locator("form[data-upload-progress] button[type=submit]").click();
			assertThat(page.locator(".alert").first()).containsText("This link would make a loop", SLOW);
			shot(page, "plan-import-02-refused.png");
		}
	}

}
