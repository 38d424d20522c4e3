package org.agilepmo.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.events.EventsFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.ModuleFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit coordinator plans a working group, registers participants from Morocco and
 * Senegal, records who came to its session, opens the chart of participants by country
 * and follows it to the Moroccan participants, and downloads a certificate of attendance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class EventsBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	EventsFixtures events;

	@Test
	void aWorkingGroupIsPlannedAttendedChartedAndCertified() throws Exception {
		PersonSummary coord = this.people.person("coord", ScreeningLevel.BASIC);
		this.events.unit("Criminal Records Unit", coord);

		try (BrowserContext context = newContext(1280, 1000)) {
			Page page = logIn(context, coord);
			page.navigate(url("/events"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan an event")).click();
			page.locator("#event-kind").selectOption("WORKING_GROUP");
			page.locator("#event-title").fill("Working group on human trafficking");
			page.locator("#event-venue").fill("Rabat");
			page.locator("#event-startsOn").fill("2027-03-10");
			page.locator("#event-endsOn").fill("2027-03-11");
			page.locator("#event-timeZone").selectOption("Africa/Casablanca");
			shot(page, "events-01-plan.png");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator("#outcome")).containsText("The event is planned");
			assertThat(page.locator("h1")).hasText("Working group on human trafficking");

			page.locator("#session-title").fill("Day 1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the session")).click();
			assertThat(page.locator("#outcome")).containsText("The session is added");

			register(page, "Amina Benali", "MA");
			register(page, "Ousmane Ndiaye", "SN");
			register(page, "Karim El Idrissi", "MA");
			assertThat(page.locator("#participant-counts")).containsText("3 registered");

			page.getByLabel("Amina Benali", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("Ousmane Ndiaye", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record attendance at Day 1")).click();
			assertThat(page.locator("#outcome")).containsText("The attendance is recorded");
			assertThat(page.locator("#participant-counts")).containsText("2 attended");

			assertThat(page.locator("#country-chart canvas")).isVisible();
			assertThat(page.locator("#by-country")).containsText("Morocco");
			assertThat(page.locator("#by-country")).containsText("Senegal");
			shot(page, "events-02-participants-by-country.png");
			page.locator("#by-country")
				.getByRole(AriaRole.LINK,
						new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Morocco").setExact(true))
				.click();
			assertThat(page.locator("#participant-filter")).isVisible();
			assertThat(page.locator("#participant-list tbody tr")).hasCount(2);
			assertThat(page.locator("#participant-list")).not().containsText("Ousmane Ndiaye");
			shot(page, "events-03-moroccan-participants.png");

			Download download = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Certificate of Amina Benali"))
				.click());
			Path pdf = Path.of("target", "screenshots", "events-04-certificate.pdf");
			Files.createDirectories(pdf.getParent());
			download.saveAs(pdf);
			try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
				assertThat(new PDFTextStripper().getText(document)).contains("Amina Benali")
					.contains("Working group on human trafficking")
					.contains("Certificate of attendance");
			}
			assertThat(page.locator("#participant-list")).not().containsText("Certificate of Karim El Idrissi");
		}
	}

	private void register(Page page, String name, String country) {
		page.locator("#ext-name").fill(name);
		page.locator("#ext-country").selectOption(country);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the participant")).click();
		assertThat(page.locator("#outcome")).containsText("The registration is recorded");
	}

}
