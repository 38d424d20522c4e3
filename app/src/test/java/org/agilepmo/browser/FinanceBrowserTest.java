package org.agilepmo.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
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
 * A project manager enters a budget, budgets the plan's activities, imports actual costs
 * from a finance system's CSV and sees the S-curve, with the project's cost health amber
 * and its schedule red; the budget tab of the project hub shows the same figures. The
 * donor of a grant reads its report and no other grant's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class FinanceBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PlanningFixtures planning;

	@Autowired
	FinanceFixtures finance;

	@Test
	void aProjectManagerBudgetsImportsActualsAndSeesTheProjectTurnAmberWhileTheDonorSeesOnlyTheirGrant()
			throws Exception {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		PersonSummary donor = this.people.person("donor", ScreeningLevel.NONE);
		long portfolioId = scene.portfolio().id();
		long projectId = scene.project(portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		long a = this.planning.task(pm, projectId, "Design the data hall", 2400);
		long b = this.planning.task(pm, projectId, "Build the data hall", 2400);
		this.planning.finishToStart(pm, projectId, a, b);
		this.planning.startOn(pm, projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		this.planning.baseline(pm, projectId, "Approved plan");
		this.planning.progress(pm, projectId, a, 100);
		this.planning.progress(pm, projectId, b, 20);
		long own = this.finance.grant(scene.officer(), "Nordic Fund", donor.id());
		long other = this.finance.grant(scene.officer(), "Other Donor", null);

		Path csv = Files.createTempFile("actuals", ".csv");
		Files.writeString(csv,
				"Kind,Budget line,Activity,Date,Amount,Currency,Reference,Description\n" + "ACTUAL,L1," + a
						+ ",2026-03-06,1100.00,EUR,INV-1,Design\n" + "ACTUAL,L1," + b
						+ ",2026-03-10,450.00,EUR,INV-2,Build\n",
				StandardCharsets.UTF_8);

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			page.navigate(url("/projects/" + projectId + "/budget"));
			page.locator("#start-currency").fill("EUR");
			page.locator("#start-month").fill("2026-03");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the budget")).click();
			page.locator("#line-category").selectOption("STAFF");
			page.locator("#line-description").fill("Data hall team");
			page.locator("#line-recurrence").selectOption("MONTHLY");
			page.locator("#line-month").fill("2026-03");
			page.locator("#line-months").fill("3");
			page.locator("#line-amount").fill("1000.00");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the line")).click();
			assertThat(page.locator("#line-L1")).containsText("Data hall team");
			assertThat(page.locator("#budget-total")).containsText("3,000.00");
			shot(page, "finance-01-budget.png");

			page.navigate(url("/projects/" + projectId + "/earned-value?statusDate=2026-03-11"));
			page.locator("#bc-" + a).fill("1000");
			page.locator("#bc-" + a).press("Enter");
			page.locator("#bc-" + b).fill("2000");
			page.locator("#bc-" + b).press("Enter");

			page.navigate(url("/projects/" + projectId + "/costs"));
			page.locator("#import-file").setInputFiles(csv);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
			assertThat(page.locator("#outcome")).containsText("2 costs imported");
			assertThat(page.locator("#costs")).containsText("INV-2");
			shot(page, "finance-02-costs.png");

			page.navigate(url("/projects/" + projectId + "/earned-value?statusDate=2026-03-11"));
			assertThat(page.locator("#ev-cpi")).hasText("0.90");
			assertThat(page.locator("#ev-spi")).hasText("0.64");
			assertThat(page.locator("#ev-cost-health")).containsText("amber");
			assertThat(page.locator("#ev-cost-health")).containsText("CPI 0.90 is below the amber level 0.95.");
			assertThat(page.locator("#ev-schedule-health")).containsText("red");
			assertThat(page.locator(".pmo-chart[data-chart-ready=true]")).hasCount(1);
			page.locator("#snapshot-date").fill("2026-03-08");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the status")).click();
			assertThat(page.locator("#outcome")).containsText("The status is recorded.");
			assertThat(page.locator("#snapshots")).containsText("8 Mar 2026");
			shot(page, "finance-03-earned-value.png");

			page.navigate(url("/projects/" + projectId + "/hub?tab=budget"));
			assertThat(page.locator("#hub-budget")).containsText("3,000.00");
			shot(page, "finance-04-hub.png");
		}

		// The PMO lets this portfolio's schedules slip further before they turn red.
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, scene.officer());
			page.navigate(url("/portfolios/" + portfolioId + "/finance-thresholds"));
			page.locator("#schedule-red").fill("0.60");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the thresholds")).click();
			assertThat(page.locator("#outcome")).containsText("The thresholds are saved.");
			assertThat(page.locator("#thresholds-origin")).containsText("its own thresholds");
			shot(page, "finance-05-thresholds.png");

			page.navigate(url("/exchange-rates"));
			page.locator("#rate-from").fill("CHF");
			page.locator("#rate-to").fill("EUR");
			page.locator("#rate-valid").fill("2026-03-01");
			page.locator("#rate-rate").fill("1.0412");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the rate")).click();
			assertThat(page.locator("#outcome")).containsText("The rate is recorded.");
			assertThat(page.locator("#rates")).containsText("1.0412");
			shot(page, "finance-05b-exchange-rates.png");

			page.navigate(url("/funding-sources"));
			assertThat(page.locator("#sources")).containsText("Other Donor grant");
			page.locator("#source-name").fill("Training fund");
			page.locator("#source-donor").fill("Training Foundation");
			page.locator("#source-amount").fill("25000.00");
			page.locator("#source-currency").fill("USD");
			page.locator("#source-starts").fill("2026-01-01");
			page.locator("#source-ends").fill("2026-12-31");
			page.locator("#eligible-TRAINING").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the source")).click();
			assertThat(page.locator("#outcome")).containsText("The funding source is saved.");
			assertThat(page.locator("#sources")).containsText("Training fund");
			shot(page, "finance-05c-funding-sources.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			page.navigate(url("/projects/" + projectId + "/earned-value?statusDate=2026-03-11"));
			assertThat(page.locator("#ev-cost-health")).containsText("amber");
			assertThat(page.locator("#ev-schedule-health")).containsText("amber");
			assertThat(page.locator("#ev-schedule-health")).containsText("SPI 0.64 is below the amber level 0.95.");
			assertThat(page.locator("#curve-table")).containsText("1,400.00");
			shot(page, "finance-06-amber.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, donor);
			page.navigate(url("/funding-sources"));
			assertThat(page.locator("#sources")).containsText("Nordic Fund grant");
			assertThat(page.locator("#sources")).not().containsText("Other Donor");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report of Nordic Fund grant")).click();
			assertThat(page.locator("h1")).containsText("Nordic Fund grant");
			shot(page, "finance-07-donor-report.png");
			var download = page.waitForDownload(() -> page.locator("#grant-report-pdf").click());
			try (var pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(download.path()))) {
				org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
					.contains("Nordic Fund grant", "Nordic Fund", "EUR");
			}
			var response = page.navigate(url("/grants/" + other + "/report"));
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
		}

		// The plan owns each activity's budgeted cost: its manager revises it on the plan
		// page, and earned value measures against it (the baseline was saved before the
		// activities were budgeted, so it keeps no cost of its own).
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			page.navigate(url("/projects/" + projectId + "/plan"));
			page.locator("#activity-" + b + " details.activity-details summary").click();
			assertThat(page.locator("#bc-" + b)).hasValue("2000.00");
			page.locator("#bc-" + b).fill("2500");
			page.waitForResponse(r -> r.url().endsWith("/activities/" + b + "/row") && r.status() == 200,
					() -> page.locator("#activity-" + b + " details.activity-details button[type=submit]").click());
			page.navigate(url("/projects/" + projectId + "/plan"));
			assertThat(page.locator("#bc-" + b)).hasValue("2500.00");
			shot(page, "finance-08-plan-budgeted-cost.png");
			page.navigate(url("/projects/" + projectId + "/earned-value?statusDate=2026-03-11"));
			assertThat(page.locator("#ev-measures")).containsText("3,500.00");
			assertThat(page.locator("#bc-" + b)).hasValue("2500.00");
		}
	}

}
