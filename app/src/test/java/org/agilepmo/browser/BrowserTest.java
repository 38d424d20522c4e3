package org.agilepmo.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What every browser test shares: one Chromium for the class (skipped where none is
 * installed, failed in CI), the server's address, logging in on the login page, and
 * full-page screenshots under target/screenshots for a reviewer to look at, and the
 * accessibility gate: axe-core checks every page loaded in a context made by
 * {@link #newContext} or logged in by {@link #logIn}, and the test fails on any serious
 * or critical WCAG 2.1 A/AA violation. Subclasses carry the
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} annotations.
 */
abstract class BrowserTest {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	final Axe axe = new Axe();

	@BeforeAll
	static void startChromium() {
		Chromium.requireOrSkip();
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@AfterEach
	void everyPageSeenWasAccessible() {
		this.axe.assertNone();
	}

	/** A British-English browser window of the given size. */
	BrowserContext newContext(int width, int height) {
		// reduced motion: no colour transitions, so that axe never samples a button
		// half-way between its resting and hovered colours after a click
		return newContext(new Browser.NewContextOptions().setLocale("en-GB")
			.setViewportSize(width, height)
			.setReducedMotion(ReducedMotion.REDUCE));
	}

	/** A browser window whose pages axe checks. */
	BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options);
		this.axe.watch(context);
		return context;
	}

	/** A new tab in the context, logged in as the person, on the home page. */
	Page logIn(BrowserContext context, PersonSummary person) {
		this.axe.watch(context);
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(person.username());
		page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.locator("h1")).containsText("Welcome");
		return page;
	}

	/** Checks the page as it is now (after an action that changed it without a load). */
	void accessible(Page page) {
		this.axe.check(page);
	}

	static void shot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
