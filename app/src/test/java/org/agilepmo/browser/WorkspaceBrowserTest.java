package org.agilepmo.browser;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.DemoCredentials;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The workspace in a real browser on the demo data, as each demo person sees it: their
 * home page (a screenshot each, for a reviewer), the search from the header and the
 * project hub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:workspace-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class WorkspaceBrowserTest extends BrowserTest {

	@Autowired
	People people;

	@Autowired
	DemoCredentials credentials;

	@Test
	void everyDemoPersonHasAHomePage() {
		List<PersonSummary> everyone = this.people.listEnabled();
		org.assertj.core.api.Assertions.assertThat(everyone)
			.extracting(PersonSummary::username)
			.contains("pmo.head", "pm.amina", "dev.ken", "auditor");
		for (PersonSummary person : everyone) {
			try (BrowserContext context = newContext(1280, 900)) {
				Page page = logInAsDemo(context, person.username());
				assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Needs me")))
					.isVisible();
				assertThat(page.getByRole(AriaRole.SEARCH).first()).isVisible();
				shot(page, "home-" + person.username() + ".png");
			}
		}
	}

	@Test
	void thePmoHeadMovesThroughTheProjectHubsTabsWithTheKeyboard() {
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logInAsDemo(context, "pmo.head");
			page.navigate(url("/projects?q=POL-BORDER"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("POL-BORDER")).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hub")).click();
			assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Breadcrumb")))
				.containsText("Police information systems");
			Locator overview = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview"));
			assertThat(overview).hasAttribute("aria-selected", "true");
			overview.focus();
			page.keyboard().press("ArrowRight");
			page.keyboard().press("ArrowRight");
			Locator gates = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Gates"));
			assertThat(gates).isFocused();
			page.keyboard().press("Enter");
			assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Gates")))
				.hasAttribute("aria-selected", "true");
			assertThat(page.getByRole(AriaRole.TABPANEL).locator("#hub-gates h1")).containsText("Stage gates");
			shot(page, "hub-gates-pmo.head.png");
		}
	}

	/**
	 * A new tab logged in as a demo person (with the demo password), on the home page.
	 */
	Page logInAsDemo(BrowserContext context, String username) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(this.credentials.demoPassword().orElseThrow());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.locator("h1")).containsText("Welcome");
		return page;
	}

}
