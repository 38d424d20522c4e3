package org.agilepmo.browser;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
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
 * A project manager records a risk, rates it with a reason, gives a team member a
 * mitigation action and finds the risk in the heat map; the team member finds the action
 * among their own; the PMO head finds the risk among the portfolio's top risks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class RiskBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Test
	void aProjectManagerRecordsRatesAndMitigatesARiskThatThePmoHeadSeesAmongTheTopRisks() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		PersonSummary member = this.people.person("sara", ScreeningLevel.BASIC);
		PersonSummary pmoHead = this.people.person("pmohead", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		long portfolioId = scene.portfolio().id();
		long projectId = scene
			.project(portfolioId, Classification.RESTRICTED, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		scene.giveProjectRole(projectId, member, ProjectRole.TEAM_MEMBER);
		String title = "Payment provider outage " + System.nanoTime() % 100_000;

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			page.navigate(url("/projects/" + projectId + "/risks"));
			assertThat(page.locator("h1")).containsText("Risk register");
			page.getByText("Record a risk").click();
			page.locator("#title").fill(title);
			page.locator("#category").selectOption("SUPPLIER");
			page.locator("#cause").fill("A single payment provider");
			page.locator("#event").fill("The provider is down on launch day");
			page.locator("#effect").fill("Citizens cannot pay online");
			page.locator("#probability").selectOption("3");
			page.locator("#schedule").selectOption("2");
			page.locator("#reputation").selectOption("4");
			shot(page, "risk-01-record.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
			assertThat(page.locator("h1")).containsText(title);
			assertThat(page.locator("#risk-score")).containsText("probability 3 × impact 4 = 12");

			// Rate it again, with the reason
			page.locator("#risk-form #probability").selectOption("4");
			page.locator("#risk-form #reputation").selectOption("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.locator("#reason-error")).containsText("a change of rating needs a reason");
			page.locator("#risk-form #reason").fill("The provider had two outages last month");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.locator("#risk-score")).containsText("probability 4 × impact 5 = 20");
			assertThat(page.locator("#risk-history tbody tr")).hasCount(2);
			assertThat(page.locator("#risk-history")).containsText("The provider had two outages last month");

			// A mitigation action for a team member
			page.locator("#action-kind").selectOption("MITIGATION");
			page.locator("#action-title").fill("Agree a fallback provider");
			page.locator("#action-owner").selectOption(String.valueOf(member.id()));
			page.locator("#action-due").fill(LocalDate.now().plusDays(10).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action")).click();
			assertThat(page.locator("#risk-actions")).containsText("Agree a fallback provider");
			shot(page, "risk-02-risk-page.png");

			// The action's own page: its due date moves a week later
			page.locator("#risk-actions")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Agree a fallback provider"))
				.click();
			page.locator("#action-due").fill(LocalDate.now().plusDays(17).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
			assertThat(page.locator("#outcome")).containsText("Action changed");
			assertThat(page.locator("#action-due")).hasValue(LocalDate.now().plusDays(17).toString());

			// The heat map, and its click-through to the filtered register
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risk register")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Heat map")).click();
			assertThat(page.locator("#heatmap-before")).isVisible();
			page.locator("#heatmap-before a[href*='probability=4'][href*='impact=5']").click();
			assertThat(page.locator("#cell-filter")).isVisible();
			assertThat(page.locator("#register tbody tr")).hasCount(1);
			assertThat(page.locator("#register")).containsText(title);
			page.navigate(url("/projects/" + projectId + "/risk-heatmap"));
			shot(page, "risk-03-heatmap.png");

			// The project hub's risks tab lists it among the project's top risks
			page.navigate(url("/projects/" + projectId + "/hub?tab=risks"));
			assertThat(page.locator("#hub-top-risks")).containsText(title);
			page.locator("#hub-risks")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the risk register"))
				.click();
			assertThat(page.locator("#register")).containsText(title);
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, member);
			page.navigate(url("/actions"));
			assertThat(page.locator("#my-actions")).containsText("Agree a fallback provider");
			shot(page, "risk-04-my-actions.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pmoHead);
			page.navigate(url("/portfolios/" + portfolioId + "/risks"));
			assertThat(page.locator("#top-risks")).containsText(title);
			shot(page, "risk-05-portfolio-top-risks.png");

			// A risk of the portfolio as a whole, recorded on the portfolio's page
			page.locator("#new-risk summary").click();
			page.locator("#title").fill("Donor funding cut");
			page.locator("#category").selectOption("FINANCIAL");
			page.locator("#probability").selectOption("4");
			page.locator("#cost").selectOption("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
			assertThat(page.locator("h1")).containsText("Donor funding cut");
			page.navigate(url("/portfolios/" + portfolioId + "/risks"));
			assertThat(page.locator("#top-risks")).containsText("Donor funding cut");
			assertThat(page.locator("[data-heatmap-from='heatmap-before'][data-chart-ready='true']")).isVisible();
			shot(page, "risk-06-portfolio-heatmap.png");

			// The heat map's cell, reached with the keyboard, lists the two risks rated
			// there
			page.locator("#heatmap-before a[href*='probability=4'][href*='impact=5']").focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("#cell-risks tbody tr")).hasCount(2);
			assertThat(page.locator("#cell-risks")).containsText(title);
			assertThat(page.locator("#cell-risks")).containsText("Donor funding cut");
			shot(page, "risk-07-portfolio-cell.png");

			// The portfolio's rating matrix and categories, kept by the PMO
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rating matrix and categories")).click();
			assertThat(page.locator("#matrix-grid tbody tr")).hasCount(5);
			shot(page, "risk-08-settings.png");
		}
	}

}
