package org.agilepmo.browser;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.UnitType;
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
 * Two members of a squad in real browsers: one writes two stories, plans a sprint with
 * them and starts it; the burndown shows 8 points remaining. The other watches the board
 * while the first drags a card to Done: the watcher sees it move without reloading, and
 * the burndown falls to 3. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class SprintBoardBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void aSquadPlansASprintMovesACardAndSeesTheBurndownFall() {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		PersonSummary planner = this.people.person("planner", ScreeningLevel.BASIC);
		PersonSummary watcher = this.people.person("watcher", ScreeningLevel.BASIC);
		long squadId = this.people.actingAs(admin, () -> {
			OrgUnitDetails top = this.organisation
				.create(new NewUnit(code(), "Digital", UnitType.DIRECTORATE, null, null));
			OrgUnitDetails tribe = this.organisation
				.create(new NewUnit(code(), "Payments tribe", UnitType.TRIBE, top.id(), null));
			OrgUnitDetails squad = this.organisation
				.create(new NewUnit(code(), "Checkout squad", UnitType.SQUAD, tribe.id(), null));
			this.organisation.addMember(squad.id(), planner.id());
			this.organisation.addMember(squad.id(), watcher.id());
			return squad.id();
		});
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		try (BrowserContext first = newContext(new Browser.NewContextOptions().setLocale("en-GB"));
				BrowserContext second = newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
			Page page = logIn(first, planner);

			page.navigate(url("/delivery/squads/" + squadId + "/backlog"));
			addStory(page, "Pay by card", "5");
			addStory(page, "Email the receipt", "3");
			assertThat(page.locator("#backlog-rows tr")).hasCount(2);
			page.screenshot(shot("10-backlog.png"));

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprints")).click();
			page.getByLabel("Name").fill("Sprint 1");
			page.getByLabel("Start").fill(today.toString());
			page.getByLabel("End").fill(today.plusDays(13).toString());
			page.getByLabel("Goal").fill("Take card payments");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan sprint")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprint 1")).click();

			planIn(page, "Pay by card (5)");
			planIn(page, "Email the receipt (3)");
			assertThat(page.locator("#commitment")).containsText("8 points committed");
			assertThat(page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Remove Pay by card from the sprint").setExact(true)))
				.hasText("Remove");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start sprint")).click();
			assertThat(page.locator("h2 .badge")).hasText("Active");
			assertThat(remainingToday(page)).hasText("8");
			assertThat(page.locator(".pmo-chart canvas").first()).isVisible();
			page.screenshot(shot("11-sprint-planned.png"));

			Page board = logIn(second, watcher);
			board.navigate(url("/delivery/squads/" + squadId + "/board"));
			assertThat(column(board, "To do").locator(".pmo-card")).hasCount(2);

			page.navigate(url("/delivery/squads/" + squadId + "/board"));
			page.locator(".pmo-card", new Page.LocatorOptions().setHasText("Pay by card")).dragTo(column(page, "Done"));
			assertThat(column(page, "Done").locator(".pmo-card")).hasCount(1);
			page.screenshot(shot("12-board-after-move.png"));

			assertThat(column(board, "Done")).containsText("Pay by card",
					new LocatorAssertions.ContainsTextOptions().setTimeout(6000));
			board.screenshot(shot("13-board-seen-by-another-member.png"));

			Locator move = column(page, "To do").locator("select");
			move.selectOption(new SelectOption().setLabel("In progress"));
			column(page, "To do").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move")).click();
			assertThat(column(page, "In progress")).containsText("Email the receipt");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprints")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprint 1")).click();
			assertThat(remainingToday(page)).hasText("3");
			page.screenshot(shot("14-burndown-after-move.png"));
		}
	}

	private static void addStory(Page page, String title, String points) {
		page.locator("#new-title").fill(title);
		page.locator("#new-storyPoints").fill(points);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
		assertThat(page.locator("#backlog-rows")).containsText(title);
	}

	private static void planIn(Page page, String option) {
		page.locator("#add-item").selectOption(new SelectOption().setLabel(option));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to sprint")).click();
		assertThat(page.locator("#sprint-items")).containsText(option.substring(0, option.indexOf(" (")));
	}

	private static Locator column(Page page, String name) {
		return page.locator("section.pmo-column", new Page.LocatorOptions()
			.setHas(page.locator("h3 > span:first-child", new Page.LocatorOptions().setHasText(name))));
	}

	private static Locator remainingToday(Page page) {
		return page.locator("#burndown-table tbody tr").last().locator("td.remaining");
	}

	private static Page.ScreenshotOptions shot(String name) {
		return new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true);
	}

	private static String code() {
		return ("B-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
	}

}
