package org.agilepmo.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrgUnitDetails;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working group's lead organises a monthly unit meeting with a colleague, records its
 * minutes with a decision and an action for the colleague, and downloads the .ics; the
 * colleague logs in and finds the action on their home page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class MeetingsBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void aUnitMeetingsActionReachesItsOwnersHomeAndTheMeetingDownloadsAsIcs() throws Exception {
		PersonSummary admin = this.people.person("madmin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		PersonSummary lead = this.people.person("wglead", ScreeningLevel.BASIC);
		PersonSummary colleague = this.people.person("wgmember", ScreeningLevel.BASIC);
		String code = ("WG-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
		long unitId = this.people.actingAs(admin, () -> {
			OrgUnitDetails directorate = this.organisation.create(new OrganisationManagement.NewUnit(code + "D",
					"Directorate " + code, UnitType.DIRECTORATE, null, null));
			OrgUnitDetails group = this.organisation.create(new OrganisationManagement.NewUnit(code,
					"Data working group", UnitType.UNIT, directorate.id(), null));
			this.organisation.addMember(group.id(), lead.id());
			this.organisation.addMember(group.id(), colleague.id());
			return group.id();
		});
		String action = "Draft the data-sharing agreement " + code;
		LocalDate due = LocalDate.now().plusDays(10);

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, lead);
			// The main navigation groups it under "Collaboration", opened by keyboard.
			page.locator("summary", new Page.LocatorOptions().setHasText("Collaboration")).focus();
			page.keyboard().press("Enter");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meetings").setExact(true)).click();
			assertThat(page.locator("h1")).hasText("Meetings");
			page.locator("#organise").click();
			page.locator("#meeting-title").fill("Data working group");
			page.locator("#meeting-kind").selectOption("UNIT_MEETING");
			page.locator("#meeting-scope").selectOption("UNIT:" + unitId);
			page.locator("#meeting-startsAt").fill(LocalDate.now().plusDays(2) + "T10:00");
			page.locator("#meeting-timeZone").selectOption("Europe/Paris");
			page.locator("#meeting-rrule").fill("FREQ=MONTHLY;COUNT=4");
			page.locator("#meeting-agenda").fill("Data inventory\nSharing agreement");
			page.locator("#meeting-participantIds").selectOption(String.valueOf(colleague.id()));
			page.locator("#meeting-externals").fill("Ines Duarte <ines.duarte@example.org>");
			shot(page, "meetings-01-organise.png");
			page.locator("#meeting-save").click();
			assertThat(page.locator("#outcome")).containsText("The meeting is organised");
			assertThat(page.locator("#participants")).containsText("Ines Duarte");
			assertThat(page.locator("#occurrences li")).hasCount(4);

			page.locator("#minutes-text").fill("## Inventory\nThe **inventory** is complete.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the minutes")).click();
			assertThat(page.locator("#outcome")).containsText("The minutes are saved");
			assertThat(page.locator("#minutes strong")).hasText("inventory");

			page.locator("#decision-text").fill("Share the inventory with the partners");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
			assertThat(page.locator("#decisions")).containsText("Share the inventory with the partners");

			page.locator("#action-title").fill(action);
			page.locator("#action-owner").selectOption(String.valueOf(colleague.id()));
			page.locator("#action-due").fill(due.toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action")).click();
			assertThat(page.locator("#meeting-actions")).containsText(action);
			shot(page, "meetings-02-meeting.png");

			Download download = page.waitForDownload(() -> page.locator("#download-ics").click());
			String ics = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(ics).contains("BEGIN:VCALENDAR", "SUMMARY:Data working group", "TZID=Europe/Paris",
					"RRULE:FREQ=MONTHLY;COUNT=4", "mailto:ines.duarte@example.org");
			Files.writeString(SCREENSHOTS.resolve("meetings-03-download.ics"), ics);
		}

		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logIn(context, colleague);
			assertThat(page.locator("body")).containsText(action);
			shot(page, "meetings-04-home.png");
			page.getByText(action).first().click();
			assertThat(page.locator("h1")).hasText("Data working group");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close: " + action)).click();
			assertThat(page.locator("#outcome")).containsText("The action is closed");
			shot(page, "meetings-05-closed.png");
		}
	}

}
