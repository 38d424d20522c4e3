package org.agilepmo.browser;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.procurement.ProcurementFixtures;
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
 * The procurement officer opens a tender's bids; the committee member declares no
 * conflict of interest, scores both bids and submits, and the consolidated ranking is
 * shown as a chart and a table; as the committee's chair they award the best bid; once
 * the standstill has run out the officer signs the contract, whose page shows the
 * milestone on the plan and the commitment on the budget. Every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class ProcurementBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ProcurementFixtures procurement;

	@Autowired
	FinanceFixtures finance;

	@Test
	void aTenderIsOpenedScoredRankedAwardedAndContracted() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary officer = this.people.person("procofficer", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary member = this.people.person("member", ScreeningLevel.BASIC);
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		long tender = this.procurement.tender(officer, projectId, member);
		this.procurement.bid(officer, tender, "Northwind Migration", "1000");
		this.procurement.bid(officer, tender, "Litware Data Centres", "1250");
		this.procurement.openingReached(tender);
		this.finance.draft(officer, projectId);

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, officer);
			page.navigate(url("/tenders"));
			page.locator("#tender-list a[href='/tenders/" + tender + "']").click();
			assertThat(page.locator("#bids-sealed")).isVisible();
			assertThat(page.locator("#bids")).not().containsText("Northwind");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the bids")).click();
			assertThat(page.locator("#outcome")).containsText("The bids are opened");
			assertThat(page.locator("#bid-list")).containsText("Northwind Migration");
			shot(page, "procurement-01-opened.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, member);
			page.navigate(url("/tenders/" + tender));
			page.locator("#declare-none").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare")).click();
			assertThat(page.locator("#outcome")).containsText("Your declaration is recorded");
			assertThat(page.locator("#score-sheet")).isVisible();
			var sheet = page.locator("#score-form");
			var selects = sheet.locator("select");
			for (int i = 0; i < selects.count(); i++) {
				selects.nth(i).selectOption("true");
			}
			var points = sheet.locator("input[type=number]");
			points.nth(0).fill("9");
			points.nth(1).fill("6");
			var reasons = sheet.locator("input[type=text]");
			for (int i = 0; i < reasons.count(); i++) {
				reasons.nth(i).fill("Judged against the requirements");
			}
			shot(page, "procurement-02-score-sheet.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my scores")).click();
			assertThat(page.locator("#outcome")).containsText("Your scores are saved");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my scores (final)")).click();
			assertThat(page.locator("#outcome")).containsText("Your scores are submitted");
			assertThat(page.locator("#ranking")).containsText("Northwind Migration");
			assertThat(page.locator("#ranking tbody tr").first()).containsText("Northwind Migration");
			assertThat(page.locator("#ranking-chart canvas")).isVisible();
			page.locator("#ranking-chart").scrollIntoViewIfNeeded();
			shot(page, "procurement-03-ranking.png");
			page.locator("#decision-reason").fill("Best method and lowest price");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the award")).click();
			assertThat(page.locator("#award")).containsText("Awarded to Northwind Migration");
			assertThat(page.locator("#standstill")).containsText("Standstill");
		}

		this.procurement.standstillOver(tender);

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, officer);
			page.navigate(url("/tenders/" + tender));
			assertThat(page.locator("#standstill")).containsText("the award is final");
			page.locator("#contract-reference").fill("C-" + tender + "-" + System.nanoTime() % 100000);
			page.locator("#contract-line").fill("L1");
			page.locator("#contract-milestone").fill("Wave 1 migrated");
			page.locator("#contract-due").fill(LocalDate.now().plusMonths(2).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the contract")).click();
			assertThat(page.locator("#outcome")).containsText("The contract is signed");
			assertThat(page.locator("h1")).containsText("Northwind Migration");
			assertThat(page.locator("#contract-value")).containsText("EUR");
			assertThat(page.locator("#commitment")).containsText("L1");
			assertThat(page.locator("#milestones")).containsText("Wave 1 migrated");
			shot(page, "procurement-04-contract.png");
		}
	}

}
