package org.agilepmo.browser;

import java.time.LocalDate;
import java.util.Locale;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The head of a competency centre opens the capacity heatmap of the centre, sees an
 * over-allocated person (colour, mark and words), follows the cell to the project and the
 * squad that make the load, and answers a staffing request by proposing the best-ranked
 * candidate; the project manager accepts. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class ResourcesBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	@Test
	void theHeadSeesAnOverloadFollowsItAndProposesACandidateThatTheManagerAccepts() {
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		PersonSummary head = this.people.person("head", ScreeningLevel.ENHANCED);
		PersonSummary manager = this.people.person("pm", ScreeningLevel.ENHANCED);
		PersonSummary busy = this.people.person("busy", ScreeningLevel.BASIC);
		PersonSummary free = this.people.person("free", ScreeningLevel.BASIC);
		long centre = this.resources.centre("Browser centre " + suffix, head);
		long skill = this.resources.skill("Kotlin " + suffix);
		long busyResource = this.resources.profile(busy, centre, "XB", 100);
		long freeResource = this.resources.profile(free, centre, "XB", 100);
		this.resources.rate(busyResource, skill, 3);
		this.resources.rate(freeResource, skill, 4);
		this.resources.speaks(freeResource, "fr", "C1");
		PortfolioScene scene = this.portfolios.scene();
		PortfolioScene.ProjectRef project = scene.project(scene.portfolio().id(), Classification.RESTRICTED,
				d -> PortfolioScene.withManager(d, manager.id()));
		scene.giveProjectRole(project.id(), head, ProjectRole.VIEWER);
		LocalDate today = LocalDate.now();
		long squad = this.resources.squad("Squad " + suffix);
		this.resources.allocate(busyResource, null, squad, today.minusWeeks(2), today.plusWeeks(10), true, "60");
		this.resources.allocate(busyResource, project.id(), null, today.minusWeeks(2), today.plusWeeks(10), true, "50");
		long request = this.resources.request(manager, project.id(), null, centre, skill, 3, "fr", ScreeningLevel.BASIC,
				today.plusWeeks(3), today.plusWeeks(12));

		try (BrowserContext context = newContext(1400, 1000)) {
			Page page = logIn(context, head);
			page.navigate(url("/resources/capacity?centre=" + centre));
			Locator row = page.locator("#heatmap tbody tr", new Page.LocatorOptions().setHasText(busy.displayName()));
			assertThat(row.locator("th")).containsText(busy.displayName());
			Locator overloaded = row.locator("td.hm-OVER").nth(1);
			assertThat(overloaded).containsText("110 %");
			assertThat(overloaded.locator(".visually-hidden")).containsText("over-allocated");
			assertThat(page.locator("#legend")).containsText("over-allocated");
			shot(page, "resources-01-heatmap.png");

			overloaded.locator("a").focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("h1")).containsText(busy.displayName());
			assertThat(page.locator("#cell-summary")).containsText("over-allocated");
			assertThat(page.locator("#drill")).containsText(project.code());
			assertThat(page.locator("#drill")).containsText("Squad " + suffix);
			shot(page, "resources-02-drill-down.png");

			page.navigate(url("/resources/requests/" + request));
			Locator first = page.locator("#candidates tbody tr").first();
			assertThat(first).containsText(free.displayName());
			assertThat(first).containsText("speaks fr at C1 (B2 asked)");
			shot(page, "resources-03-candidates.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose " + free.displayName()))
				.click();
			assertThat(page.locator("#state")).hasText("proposed");
			assertThat(page.locator("#proposed")).hasText(free.displayName());
		}

		try (BrowserContext context = newContext(1400, 1000)) {
			Page page = logIn(context, manager);
			page.navigate(url("/resources/requests/" + request));
			assertThat(page.locator("#proposed")).hasText(free.displayName());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept").setExact(true)).click();
			assertThat(page.locator("#state")).hasText("accepted");
			assertThat(page.locator("#outcome")).containsText("the person is allocated");
			shot(page, "resources-04-accepted.png");
		}
	}

}
