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
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.PortfolioDraft;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.shared.Classification;
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
 * From concept note to project in a real browser: a member submits a concept note, the
 * PMO scores it, takes it through assessment to approval, finds the first gate blocking
 * the move to scoping, signs the gate off, moves the project and sees it on the roadmap.
 * Screenshots go to target/screenshots/intake-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class IntakeJourneyBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioRegistry registry;

	@Test
	void aConceptNoteIsSubmittedScoredApprovedPassesItsFirstGateAndAppearsOnTheRoadmap() {
		PersonSummary member = this.people.person("member", ScreeningLevel.BASIC);
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		String portfolioName = "Intake portfolio " + suffix;
		this.people.actingAs(pmo, () -> {
			long portfolio = this.registry.createPortfolio(CurrentActor.require(),
					new PortfolioDraft("IP-" + suffix, portfolioName, "For the intake journey"));
			return this.registry.createProject(CurrentActor.require(),
					new ProjectDraft("EX-" + suffix, "Existing project", null, ProjectType.ICT, Methodology.SCRUM,
							Classification.PUBLIC, portfolio, null, null, null, null, null, null, null, Health.GREEN,
							null, null));
		});
		String title = "Online visa requests " + suffix;
		String code = "VISA-" + suffix;

		try (BrowserContext context = newContext()) {
			Page page = logIn(context, member);
			page.navigate(url("/intake/new"));
			page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
			page.getByLabel("Problem").fill("Delegates request visas on paper; it takes weeks.");
			page.getByLabel("Objectives", new Page.GetByLabelOptions().setExact(true))
				.fill("Visa letters issued within three days.");
			page.getByLabel("Urgency").selectOption("HIGH");
			page.getByLabel("Data classification").selectOption("PUBLIC");
			page.getByLabel("Rough cost").fill("250000");
			page.getByLabel("Strategic objectives served").fill("Digital services");
			page.getByLabel("Attachments").fill("Business case | https://docs.example.org/visa-case");
			shot(page, "intake-01-submit.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit")).click();
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator("#note-status")).hasText("Submitted");
		}

		try (BrowserContext context = newContext()) {
			Page page = logIn(context, pmo);
			page.navigate(url("/intake"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("h1")).hasText(title);

			// Score it against the weighted model
			Locator scores = page.locator("#scores-form");
			scores.getByLabel("Strategic fit").fill("5");
			scores.getByLabel("Business value").fill("4");
			scores.getByLabel("Urgency", new Locator.GetByLabelOptions().setExact(true)).fill("4");
			scores.getByLabel("Risk", new Locator.GetByLabelOptions().setExact(true)).fill("2");
			scores.getByLabel("Cost", new Locator.GetByLabelOptions().setExact(true)).fill("3");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the scores")).click();
			// (30×1 + 25×0.75 + 15×0.75 + 15×0.75 + 15×0.5) / 100 = 78.75 → 78.8
			assertThat(page.locator("#note-score")).containsText("78.8");
			shot(page, "intake-02-scored.png");

			// Decide: into assessment, recommended, approved as a project
			decide(page, "IN_ASSESSMENT", "Worth assessing");
			assertThat(page.locator("#note-status")).hasText("In assessment");
			decide(page, "RECOMMENDED", "Strong case, feasible");
			assertThat(page.locator("#note-status")).hasText("Recommended");
			page.locator("#decision-status").selectOption("APPROVED");
			page.locator("#decision-reason").fill("Approved by the portfolio board");
			page.locator("#decision-conditions").fill("Reuse the forms platform");
			page.getByLabel("Project code").fill(code);
			page.locator("#approval-portfolio").selectOption(new SelectOption().setLabel(portfolioName));
			page.getByLabel("Planned start").fill("2027-01-04");
			page.getByLabel("Planned finish").fill("2027-09-30");
			shot(page, "intake-03-approving.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
			assertThat(page.locator("#note-status")).hasText("Approved");
			shot(page, "intake-04-approved.png");

			// The first gate blocks the move to scoping until its mandatory items are
			// signed off
			page.locator("#project-link").click();
			assertThat(page.locator("h1")).containsText(code);
			String projectUrl = page.url();
			moveTo(page, "SCOPING", "Kick-off");
			assertThat(page.locator("#stage-error")).containsText("open mandatory items");
			shot(page, "intake-05-gate-blocks.png");

			page.navigate(projectUrl + "/gates");
			// The charter is the sponsor's to sign: the PMO names who signs as sponsor
			// (here,
			// the PMO officer, for the board) before it can be signed off.
			assertThat(page.locator("#item-SCOPING-PROJECT_CHARTER details")).hasCount(1);
			assertThat(page.locator("#item-SCOPING-PROJECT_CHARTER form.sign-off-form")).hasCount(0);
			page.locator("#signatory-role").selectOption("SPONSOR");
			page.locator("#signatory-person").selectOption(String.valueOf(pmo.id()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Name")).click();
			assertThat(page.locator("#signatories-table")).containsText("Sponsor");
			signOff(page, "BUSINESS_CASE", "https://docs.example.org/visa-case");
			signOff(page, "PROJECT_CHARTER", "https://docs.example.org/visa-charter");
			assertThat(page.locator("#gate-heading-SCOPING")).containsText("ready to pass");
			assertThat(page.locator("#item-SCOPING-PROJECT_CHARTER .item-status")).hasText("Signed off");
			assertThat(page.locator("#gate-GO_LIVE")).containsText("Go-live readiness checklist");
			shot(page, "intake-06-gates.png");

			page.navigate(projectUrl);
			moveTo(page, "SCOPING", "First gate passed");
			assertThat(page.locator(".badge").first()).hasText("Scoping");

			// On the roadmap, in its portfolio, with its planned dates
			page.navigate(url("/roadmap"));
			Locator row = page.locator("#roadmap-table tbody tr").filter(new Locator.FilterOptions().setHasText(code));
			assertThat(row).hasCount(1);
			assertThat(row).containsText(portfolioName);
			assertThat(row).containsText("Scoping");
			assertThat(page.locator("svg.roadmap-row text").filter(new Locator.FilterOptions().setHasText(code)))
				.hasCount(1);
			shot(page, "intake-07-roadmap.png");

			page.navigate(url("/dashboard"));
			assertThat(page.locator("#money")).containsText(portfolioName);
			shot(page, "intake-08-dashboard.png");
		}
	}

	private BrowserContext newContext() {
		return newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
	}

	private static void decide(Page page, String status, String reason) {
		page.locator("#decision-status").selectOption(status);
		page.locator("#decision-reason").fill(reason);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
	}

	private static void signOff(Page page, String item, String evidence) {
		Locator row = page.locator("#item-SCOPING-" + item);
		row.locator("summary").click();
		row.locator("input[name=evidenceUrl]").fill(evidence);
		row.locator("form.sign-off-form button").click();
		assertThat(page.locator("#item-SCOPING-" + item + " .item-status")).hasText("Signed off");
	}

	private static void moveTo(Page page, String stage, String reason) {
		page.locator("#stage-target").selectOption(stage);
		page.locator("#stage-reason").fill(reason);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change stage")).click();
	}

}
