package org.agilepmo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.partners.PartnersFixtures;
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
 * A unit coordinator adds a partner organisation and one of its contacts, places the
 * contact on their project's interest/influence grid, opens the grid's cell to see who
 * sits there, writes a page of the project's knowledge base, changes it and reads its
 * history and the changes between the two versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class PartnersAndKnowledgeBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PartnersFixtures partners;

	@Test
	void aCoordinatorAddsAPartnerPlacesItOnTheGridAndKeepsTheProjectsKnowledge() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary coordinator = this.people.person("coord", ScreeningLevel.BASIC);
		this.partners.unit(coordinator);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.RESTRICTED,
					d -> PortfolioScene.withManager(d, coordinator.id()))
			.id();
		String bureau = "Sûreté nationale " + Long.toString(System.nanoTime(), 36);

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, coordinator);
			// The main navigation groups it under "Collaboration", opened by keyboard.
			page.locator("summary", new Page.LocatorOptions().setHasText("Collaboration")).focus();
			page.keyboard().press("Enter");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partners").setExact(true)).click();
			assertThat(page.locator("h1")).hasText("Partners");
			page.locator("#org-name").fill(bureau);
			page.locator("#org-type").selectOption("NATIONAL_BUREAU");
			page.locator("#org-country").selectOption("MA");
			page.locator("#org-languages").fill("ar, fr");
			shot(page, "partners-01-new-organisation.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an organisation")).click();
			assertThat(page.locator("#outcome")).containsText("is saved");
			assertThat(page.locator("#organisation-summary")).containsText("Morocco");
			assertThat(page.locator("#organisation-summary")).containsText("Arabic");

			page.locator("#contact-name").fill("Karima El Idrissi");
			page.locator("#contact-role").fill("Head of records");
			page.locator("#contact-email").fill("not an address");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a contact")).click();
			assertThat(page.locator("#form-errors")).containsText("E-mail");
			page.locator("#contact-email").fill("k.elidrissi@example.org");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a contact")).click();
			assertThat(page.locator("#contacts")).containsText("Karima El Idrissi");
			shot(page, "partners-02-organisation-with-contact.png");

			page.navigate(url("/projects/" + projectId + "/hub"));
			page.locator("#hub-stakeholders").click();
			page.locator("#stakeholder-who")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Karima El Idrissi"));
			page.locator("#stakeholder-interest").selectOption("4");
			page.locator("#stakeholder-influence").selectOption("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place").setExact(true)).click();
			assertThat(page.locator("#outcome")).containsText("on the grid");
			assertThat(page.locator("#engagement-plan")).containsText("Manage closely");
			assertThat(page.locator(".pmo-chart[data-chart-ready]")).hasCount(1);
			shot(page, "partners-03-grid.png");
			page.locator("#stakeholder-grid a.heatmap-count").click();
			assertThat(page.locator("#cell-heading")).hasText("Interest 4, influence 5");
			assertThat(page.locator("#cell-stakeholders")).containsText("Karima El Idrissi");
			page.locator("#engagement-summary").fill("Kick-off call about the record format");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log it")).click();
			assertThat(page.locator("#engagement-log")).containsText("Kick-off call");
			shot(page, "partners-04-cell-and-log.png");

			page.navigate(url("/projects/" + projectId + "/hub"));
			page.locator("#hub-knowledge").click();
			page.locator("#new-title").fill("Data migration runbook");
			page.locator("#new-body").fill("1. Export the records\n2. Check the counts\n\nSee [[Glossary]].");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write the page")).click();
			assertThat(page.locator("h1")).hasText("Data migration runbook");
			assertThat(page.locator("#page-body .wiki-missing")).hasText("Glossary");
			page.locator("#edit-body").fill("1. Export the records\n2. Check the counts and the checksums\n3. Import");
			page.locator("#edit-note").fill("Checksums and the import step");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save a new version")).click();
			assertThat(page.locator("#outcome")).containsText("new version");
			assertThat(page.locator("#history tbody tr")).hasCount(2);
			assertThat(page.locator("#history")).containsText("Checksums and the import step");
			shot(page, "knowledge-01-page-with-history.png");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Changes from version 1 to 2")).click();
			assertThat(page.locator("#diff .diff-added")).containsText(new String[] { "checksums", "Import" });
			assertThat(page.locator("#diff .diff-removed").first()).containsText("Check the counts");
			shot(page, "knowledge-02-diff.png");
			page.goBack();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read version 1")).click();
			assertThat(page.locator("#old-revision")).isVisible();
			assertThat(page.locator("#page-body")).not().containsText("Import");
		}
	}

}
