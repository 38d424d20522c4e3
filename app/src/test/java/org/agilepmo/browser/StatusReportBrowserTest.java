package org.agilepmo.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.reporting.ReportingFixtures;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project manager fills the monthly status report (its figures filled in from the
 * plan), submits it; the PMO head reviews it with a comment and publishes it; the plan
 * slips, the platform raises a deviation, and the manager's remediation action closes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class StatusReportBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PlanningFixtures planning;

	@Autowired
	ReportingFixtures reporting;

	@Test
	void aMonthlyReportIsFilledSubmittedReviewedAndPublishedAndASlipIsRemedied() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		PersonSummary pmoHead = this.people.person("pmohead", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.RESTRICTED, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		long design = this.planning.task(pm, projectId, "Design", 2400);
		long build = this.planning.task(pm, projectId, "Build", 4800);
		long live = this.planning.task(pm, projectId, "Go-live", 0);
		this.planning.finishToStart(pm, projectId, design, build);
		this.planning.finishToStart(pm, projectId, build, live);
		this.planning.startOn(pm, projectId, LocalDateTime.of(2026, 10, 5, 8, 0));
		this.planning.baseline(pm, projectId, "Original");
		this.planning.startOn(pm, projectId, LocalDateTime.of(2026, 10, 8, 8, 0));

		String reportUrl;
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			page.navigate(url("/projects/" + projectId + "/hub?tab=reports"));
			assertThat(page.locator("#hub-reports #start-report")).isVisible();
			page.locator("#period-end").fill("2026-10-31");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the report")).click();
			assertThat(page.locator("h1")).containsText("Status report");
			String slip = page.locator("#fig-slip").textContent().strip();
			assertThat(Integer.parseInt(slip)).as("the plan started three working days late").isBetween(1, 10);
			assertThat(page.locator("#report-finishSlipDays")).hasValue(slip);
			assertThat(page.locator("#fig-due")).hasText("1");
			assertThat(page.locator("#milestones")).containsText("Go-live");
			page.locator("#report-overall").selectOption("AMBER");
			page.locator("#report-overallReason").fill("Design finished three days late");
			page.locator("#report-schedule").selectOption("AMBER");
			page.locator("#report-achievements").fill("Design signed off by the business owner");
			page.locator("#report-nextSteps").fill("Build the border check");
			page.locator("#report-decisionsNeeded").fill("Approve the test environment");
			shot(page, "status-report-01-draft.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator("#outcome")).containsText("The report is saved");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
			assertThat(page.locator("#outcome")).containsText("Amber and red need a reason");
			page.locator("#report-scheduleReason").fill("Three days behind the baseline");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
			assertThat(page.locator("#outcome")).containsText("submitted for review");
			assertThat(page.locator("#report-summary")).containsText("Submitted");
			reportUrl = page.url();
			shot(page, "status-report-02-submitted.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pmoHead);
			page.navigate(reportUrl);
			page.locator("#review-comment-field").fill("Show the recovery plan in November's report.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark reviewed")).click();
			assertThat(page.locator("#review-comment")).containsText("recovery plan");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish to the stakeholders")).click();
			assertThat(page.locator("#report-summary")).containsText("Published");
			assertThat(page.locator("#narrative")).containsText("Design signed off");
			shot(page, "status-report-03-published.png");
		}

		this.planning.startOn(pm, projectId, LocalDateTime.of(2026, 11, 2, 8, 0));
		this.reporting.recheckChanged();

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pmoHead);
			page.navigate(url("/deviations"));
			assertThat(page.locator("#deviation-list")).containsText("Finish slips");
			shot(page, "status-report-04-deviations.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			assertThat(page.locator("body")).containsText("A deviation needs a remediation plan");
			page.navigate(url("/projects/" + projectId + "/status-reports"));
			page.locator("#project-deviations").getByText("Finish slips").click();
			assertThat(page.locator("#deviation-summary")).containsText("Raised");
			page.locator("#action-title").fill("Agree the new dates with the sponsor and re-baseline");
			page.locator("#action-owner").selectOption(String.valueOf(pm.id()));
			page.locator("#action-due").fill(LocalDate.now().plusDays(7).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action")).click();
			assertThat(page.locator("#deviation-summary")).containsText("Being remedied");
			shot(page, "status-report-05-remediation.png");
			this.planning.baseline(pm, projectId, "Re-planned");
			page.locator("#remediation-actions button").click();
			assertThat(page.locator("#deviation-summary")).containsText("Closed");
			assertThat(page.locator("#remediation-actions")).containsText("done");
			shot(page, "status-report-06-closed.png");
		}
		assertThat(this.reporting.recheckChanged()).as("nothing crosses the thresholds after re-baselining").isZero();
	}

}
