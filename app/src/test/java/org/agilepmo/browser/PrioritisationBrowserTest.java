package org.agilepmo.browser;

import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.IntakeFixtures;
import org.agilepmo.portfolio.PortfolioScene;
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
 * The PMO prioritises two assessed notes on the page: enters the budgets, gives one
 * quarter its own capacity with the keyboard, and reads which note is in, which is out
 * and why, in a table and a chart; then keeps the other note in for a comparison. The
 * notes are in a currency no other test uses, so the other tests' notes are left out of
 * this prioritisation. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class PrioritisationBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	IntakeFixtures intake;

	@Test
	void thePmoEntersLimitsAndReadsWhichNoteIsInAndWhy() {
		PersonSummary member = this.people.person("member", ScreeningLevel.ENHANCED);
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		String visa = "Visa portal " + suffix;
		String archive = "Archive scanning " + suffix;
		this.people.actingAs(pmo, () -> {
			assessedAndScored(member, pmo, visa, 1.0);
			assessedAndScored(member, pmo, archive, 0.5);
			return null;
		});

		try (BrowserContext context = newContext(1400, 1000)) {
			Page page = logIn(context, pmo);
			page.navigate(url("/intake/prioritisation"));
			assertThat(page.locator("#limits")).isVisible();
			page.getByLabel("Currency").fill("ISK");
			Locator budgets = page.locator("input[name=budget]");
			for (int y = 0; y < 3; y++) {
				budgets.nth(y).fill("300000");
			}
			// Each note needs 40 Java developer days in January 2027; that quarter has
			// 45.
			Locator perQuarter = page.locator("summary[aria-label='Capacity of Java developer per quarter']");
			perQuarter.focus();
			page.keyboard().press("Enter");
			Locator q1 = page.getByLabel("Java developer, 2027-Q1");
			assertThat(q1).isVisible();
			q1.fill("45");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prioritise").setExact(true)).click();

			assertThat(page.locator("#scenarios")).isVisible();
			assertThat(page.locator("#scenarios")).containsText("Proven optimal");
			Locator visaRow = page.locator("#prioritisation tr", new Page.LocatorOptions().setHasText(visa));
			Locator archiveRow = page.locator("#prioritisation tr", new Page.LocatorOptions().setHasText(archive));
			assertThat(visaRow.locator("td").nth(5)).containsText("In");
			assertThat(archiveRow.locator("td").nth(5)).containsText("Out");
			assertThat(archiveRow.locator("td").nth(5)).containsText("Java developer");
			assertThat(archiveRow.locator("td").nth(5)).containsText("2027-Q1");
			assertThat(archiveRow.locator("td").nth(5)).containsText("budget of 2027");
			// The limits stay on the page (and in its address) for the next run.
			assertThat(page.getByLabel("Java developer, 2027-Q1")).hasValue("45");
			assertThat(page.locator("[data-chart-from=scenarios] canvas, [data-chart-from=scenarios] svg").first())
				.isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("prioritisation-01.png"))
				.setFullPage(true));

			// What if the archive were a must? Keep it in, run again: it is in, the visa
			// out.
			page.getByLabel("Keep " + archive + " in or out of every scenario").selectOption("IN");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prioritise again with these choices"))
				.click();
			Locator archiveAgain = page.locator("#prioritisation tr", new Page.LocatorOptions().setHasText(archive));
			Locator visaAgain = page.locator("#prioritisation tr", new Page.LocatorOptions().setHasText(visa));
			assertThat(archiveAgain.locator("td").nth(5)).containsText("kept in for this comparison");
			assertThat(visaAgain.locator("td").nth(5)).containsText("Out");
			assertThat(page.getByLabel("Keep " + archive + " in or out of every scenario")).hasValue("IN");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("prioritisation-02-kept-in.png"))
				.setFullPage(true));
		}
	}

	private void assessedAndScored(PersonSummary member, PersonSummary pmo, String title, double share) {
		this.intake.assessedAndScored(member, pmo, title, "ISK", share);
	}

}
