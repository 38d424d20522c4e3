package org.agilepmo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
 * The PMO keeps a portfolio's distribution list with the keyboard alone: from the
 * reporting settings to the list, a weekly digest on Monday at 07:00 in Paris, a person
 * who sees the portfolio, an external address read in Spanish, then one removed; the page
 * reads right to left in Arabic. Every page is checked by axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class DistributionListBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Test
	void thePmoKeepsAPortfoliosDistributionListWithTheKeyboard() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pmoHead = this.people.person("pmohead", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary sponsor = this.people.person("sponsor", ScreeningLevel.BASIC);
		long portfolioId = scene.portfolio().id();
		long projectId = scene.project(portfolioId, Classification.PUBLIC).id();
		scene.giveProjectRole(projectId, sponsor, ProjectRole.SPONSOR);

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pmoHead);
			page.navigate(url("/portfolios/" + portfolioId + "/reporting-settings"));
			page.locator("#distribution-link").focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("h1")).containsText("Distribution of published status reports");

			page.locator("#distribution-day").selectOption("MONDAY");
			page.locator("#distribution-time").fill("07:00");
			page.locator("#distribution-zone").fill("Europe/Paris");
			page.locator("#distribution-zone").press("Enter");
			assertThat(page.locator("#outcome")).containsText("The distribution list is saved");
			assertThat(page.locator("#distribution-day")).hasValue("MONDAY");

			page.locator("#distribution-person").selectOption(String.valueOf(sponsor.id()));
			page.locator("#person-form button").focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("#recipients")).containsText(sponsor.displayName());

			page.locator("#distribution-email").fill("no-address");
			page.locator("#distribution-email").press("Enter");
			assertThat(page.locator("#recipients")).not().containsText("no-address");
			page.locator("#distribution-email").fill("fundacion@example.org");
			page.locator("#distribution-name").fill("Fundación Andina");
			page.locator("#distribution-language").selectOption("es");
			page.locator("#distribution-name").press("Enter");
			assertThat(page.locator("#outcome")).containsText("The distribution list is saved");
			assertThat(page.locator("#recipients")).containsText("fundacion@example.org");
			assertThat(page.locator("#recipients")).containsText("Español");
			shot(page, "distribution-list-01.png");

			page.locator("#recipients button", new Page.LocatorOptions().setHasText(sponsor.displayName())).focus();
			page.keyboard().press("Enter");
			assertThat(page.locator("#recipients")).not().containsText(sponsor.displayName());

			page.navigate(url("/portfolios/" + portfolioId + "/distribution-list?lang=ar"));
			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("h1")).containsText("توزيع تقارير الحالة المنشورة");
			shot(page, "distribution-list-02-arabic.png");
		}
	}

}
