package org.agilepmo.browser;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.agilepmo.architecture.ArchitectureFixtures;
import org.agilepmo.governance.GovernanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.Stage;
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
 * A project in scoping asks the architecture board for a review at its planning gate; the
 * board member approves it with a condition for the project manager, which becomes their
 * action; the gate's architecture item shows satisfied by the project's records; the
 * board member opens the technology radar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class ArchitectureReviewBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	PortfolioRegistry registry;

	@Autowired
	GovernanceFixtures governance;

	@Autowired
	ArchitectureFixtures architecture;

	@Test
	void theBoardApprovesWithAConditionAndTheGateItemIsSatisfied() {
		PortfolioScene scene = this.portfolioFixtures.scene();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary cto = this.architecture.boardMember();
		long projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		this.registry.changeStage(IdentityFixtures.actor(pmo), projectId, Stage.SCOPING, "Scoping");
		this.governance.govern(pmo, projectId);
		this.architecture.entry(cto, "ADOPT");
		String title = "Portal design " + System.nanoTime() % 100_000;
		String condition = "Accessibility audit before go-live";

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			page.navigate(url("/projects/" + projectId + "/architecture"));
			assertThat(page.locator("h1")).containsText("Architecture");
			page.getByLabel("Kind of review").selectOption("SOLUTION_DESIGN");
			page.getByLabel("Title").fill(title);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request the review")).click();
			assertThat(page.locator("h1")).containsText(title);
			assertThat(page.locator("#review-summary")).containsText("gate into Planning");
			shot(page, "architecture-review-requested.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, cto);
			page.navigate(url("/architecture/reviews"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("h1")).containsText(title);
			page.getByLabel("Approved with conditions").check();
			page.getByLabel("Condition 1", new Page.GetByLabelOptions().setExact(true)).fill(condition);
			page.getByLabel("Owner of condition 1").selectOption(new SelectOption().setLabel(pm.displayName()));
			page.getByLabel("Due date of condition 1").fill(LocalDate.now().plusWeeks(4).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
			assertThat(page.locator("#gate-satisfied")).containsText("Architecture approval");
			assertThat(page.locator("#conditions-table")).containsText(condition);
			shot(page, "architecture-review-decided.png");

			page.navigate(url("/architecture/radar"));
			assertThat(page.locator("h1")).containsText("Technology radar");
			assertThat(page.locator("#technology-radar canvas")).hasCount(1);
			assertThat(page.locator("#catalogue-table")).isVisible();
			shot(page, "architecture-radar.png");
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, pm);
			assertThat(page.locator("main")).containsText(condition);
			page.navigate(url("/projects/" + projectId + "/gates"));
			assertThat(page.locator("#item-PLANNING-ARCHITECTURE_APPROVAL"))
				.containsText("Satisfied by the project records");
			shot(page, "architecture-gate-satisfied.png");
		}
	}

}
