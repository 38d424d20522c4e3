package org.agilepmo.browser;

import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioDraft;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person in a real browser: logs in, creates a project, switches to Arabic and finds
 * the page laid out right to left. Screenshots go to target/screenshots for a reviewer to
 * look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class ProjectJourneyBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioRegistry registry;

	@Test
	void anAdministratorCreatesAProjectMovesItEditsItFindsItInTheAuditTrailAndReadsItInArabic() {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		String portfolioName = "Browser portfolio " + suffix;
		this.people.actingAs(admin, () -> this.registry.createPortfolio(CurrentActor.require(),
				new PortfolioDraft("PF-" + suffix, portfolioName, "Made for the browser journey")));
		String code = "WEB-" + suffix;
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(page).hasURL(url("/login"));
			page.getByLabel("Username").fill(admin.username());
			page.getByLabel("Password").fill(IdentityFixtures.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
			assertThat(page.locator("h1")).containsText("Welcome");
			shot(page, "01-home.png");

			page.navigate(url("/portfolios?q=PF-" + suffix));
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PF-" + suffix))).isVisible();
			assertThat(page.locator("tbody")).containsText(portfolioName);
			shot(page, "02-portfolios.png");

			// Create
			page.navigate(url("/projects/new"));
			page.getByLabel("Code").fill(code);
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Browser journey project");
			page.getByLabel("Portfolio").selectOption(new SelectOption().setLabel(portfolioName));
			page.getByLabel("Type").selectOption("ICT");
			page.getByLabel("Methodology").selectOption("SCRUM");
			page.getByLabel("Classification").selectOption("RESTRICTED");
			page.getByLabel("Health", new Page.GetByLabelOptions().setExact(true)).selectOption("GREEN");
			shot(page, "03-new-project.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create")).click();
			assertThat(page.locator("h1")).containsText("Browser journey project");
			assertThat(page.locator(".badge").first()).hasText("Concept");
			String projectPath = page.url().substring(url("").length());

			// Move through two stages, each with a reason
			moveTo(page, "SCOPING", "Concept note approved");
			assertThat(page.locator(".badge").first()).hasText("Scoping");
			moveTo(page, "PLANNING", "Scope signed off");
			assertThat(page.locator(".badge").first()).hasText("Planning");

			// Edit
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
			page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
				.fill("Browser journey project, renamed");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator("h1")).containsText("Browser journey project, renamed");
			shot(page, "04-project.png");

			// Every change in the audit trail
			String projectId = projectPath.substring(projectPath.lastIndexOf('/') + 1);
			page.navigate(url("/audit?entityType=project&entityId=" + projectId));
			Locator rows = page.locator("tbody tr");
			assertThat(rows).hasCount(4);
			assertThat(rows.filter(new Locator.FilterOptions().setHasText("Project created"))).hasCount(1);
			assertThat(rows.filter(new Locator.FilterOptions().setHasText("Project stage changed"))).hasCount(2);
			assertThat(rows.filter(new Locator.FilterOptions().setHasText("Project updated"))).hasCount(1);
			assertThat(rows.filter(new Locator.FilterOptions().setHasText(code))).hasCount(4);
			shot(page, "05-audit.png");

			// Arabic, right to left
			page.navigate(url(projectPath + "?lang=ar"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("html")).hasAttribute("lang", "ar");
			assertThat(page.locator("link[href*='bootstrap.rtl']")).hasCount(1);
			assertThat(page.locator("h1")).containsText("Browser journey project, renamed");
			shot(page, "06-project-ar.png");
		}
	}

	private static void moveTo(Page page, String stage, String reason) {
		page.locator("#stage-target").selectOption(stage);
		page.locator("#stage-reason").fill(reason);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change stage")).click();
	}

}
