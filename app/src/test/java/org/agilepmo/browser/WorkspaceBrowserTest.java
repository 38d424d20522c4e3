package org.agilepmo.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.agilepmo.identity.DemoCredentials;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The workspace in a real browser on the demo data, as each demo person sees it: their
 * home page (a screenshot each, for a reviewer), the search from the header and the
 * project hub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:workspace-browser-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class WorkspaceBrowserTest extends BrowserTest {

	@Autowired
	People people;

	@Autowired
	DemoCredentials credentials;

	@Test
	void everyDemoPersonHasAHomePage() {
		List<PersonSummary> everyone = this.people.listEnabled();
		org.assertj.core.api.Assertions.assertThat(everyone)
			.extracting(PersonSummary::username)
			.contains("pmo.head", "pm.amina", "dev.ken", "auditor");
		for (PersonSummary person : everyone) {
			try (BrowserContext context = newContext(1280, 900)) {
				Page page = logInAsDemo(context, person.username());
				assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Needs me")))
					.isVisible();
				assertThat(page.getByRole(AriaRole.SEARCH).first()).isVisible();
				shot(page, "home-" + person.username() + ".png");
			}
		}
	}

	@Test
	void thePmoHeadMovesThroughTheProjectHubsTabsWithTheKeyboard() {
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logInAsDemo(context, "pmo.head");
			page.navigate(url("/projects?q=POL-BORDER"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("POL-BORDER")).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hub")).click();
			assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Breadcrumb")))
				.containsText("Police information systems");
			Locator overview = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview"));
			assertThat(overview).hasAttribute("aria-selected", "true");
			overview.focus();
			page.keyboard().press("ArrowRight");
			page.keyboard().press("ArrowRight");
			Locator gates = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Gates"));
			assertThat(gates).isFocused();
			page.keyboard().press("Enter");
			assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Gates")))
				.hasAttribute("aria-selected", "true");
			assertThat(page.getByRole(AriaRole.TABPANEL).locator("#hub-gates h1")).containsText("Stage gates");
			shot(page, "hub-gates-pmo.head.png");
		}
	}

	/**
	 * The acceptance journey on the confidential demo project POL-BORDER (Border control
	 * biometrics; its manager pm.amina, the architect on its team): (a) the PMO head
	 * finds it from the header search, reads its gates in the hub and mentions the
	 * architect in the hub's documents tab; (b) the architect sees the notification on
	 * their home page and opens it; (c) the project manager attaches a PDF as gate
	 * evidence and the auditor downloads the same bytes; (d) a developer who may not see
	 * the project finds nothing of it, is not told when mentioned on it, and gets 404 for
	 * its attachment.
	 */
	@Test
	void aConfidentialProjectsCommentsNotificationsAndEvidenceReachOnlyThoseWhoMaySeeIt() throws Exception {
		long projectId;
		// (a) the PMO head: header search, project, hub, gates tab, comment with a
		// mention
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logInAsDemo(context, "pmo.head");
			page.getByRole(AriaRole.SEARCH).first().getByLabel("Search for").fill("border");
			page.getByRole(AriaRole.SEARCH).first().getByLabel("Search for").press("Enter");
			Locator hit = page.locator("#search-hits")
				.getByRole(AriaRole.LINK,
						new Locator.GetByRoleOptions().setName("POL-BORDER · Border control biometrics"));
			assertThat(hit).isVisible();
			shot(page, "journey-a1-search-border-pmo.head.png");
			hit.click();
			projectId = projectIdIn(page.url());
			assertThat(page.locator("h1")).containsText("Border control biometrics");
			shot(page, "journey-a2-project-pmo.head.png");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hub")).click();
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Gates")).click();
			assertThat(page.locator("#hub-gates h1")).containsText("Stage gates");
			accessible(page);
			shot(page, "journey-a3-hub-gates-pmo.head.png");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Documents")).click();
			Locator comment = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Comment"));
			assertThat(comment).isVisible();
			accessible(page);
			comment.fill("Gates read: @architect please check the biometrics scope before the next gate");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();
			assertThat(page.locator(".discussion-comments")).containsText("please check the biometrics scope");
			accessible(page);
			shot(page, "journey-a4-comment-pmo.head.png");
		}
		// (b) the architect: the notification on the home page, opened
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logInAsDemo(context, "architect");
			Locator notifications = page.locator("#my-notifications");
			assertThat(notifications).containsText("Helena Okafor (PMO head) mentioned you on");
			assertThat(notifications).containsText("Border control biometrics");
			assertThat(page.locator("#home-unread")).not().hasText("Nothing unread");
			shot(page, "journey-b1-home-architect.png");
			notifications
				.getByRole(AriaRole.BUTTON,
						new Locator.GetByRoleOptions().setName("Open POL-BORDER · Border control biometrics")
							.setExact(true))
				.first()
				.click();
			org.assertj.core.api.Assertions.assertThat(projectIdIn(page.url())).isEqualTo(projectId);
			assertThat(page.locator("h1")).containsText("Border control biometrics");
			shot(page, "journey-b2-opened-architect.png");
		}
		// (c) the project manager attaches a PDF as gate evidence; the auditor downloads
		// it
		byte[] pdf = tinyPdf();
		long attachmentId;
		String threadId;
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logInAsDemo(context, "pm.amina");
			// the auditor role grants the audit trail, not the projects (ADR 0004): the
			// project manager lets the auditor view the project first
			page.navigate(url("/projects/" + projectId));
			String auditor = page
				.locator("#member-person option", new Page.LocatorOptions().setHasText("Claire Dubois"))
				.getAttribute("value");
			page.locator("#member-person").selectOption(auditor);
			page.locator("#member-role").selectOption("VIEWER");
			page.locator("#members").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
			assertThat(page.locator("#members")).containsText("Claire Dubois");
			page.navigate(url("/projects/" + projectId + "/gates"));
			assertThat(page.locator("h1")).containsText("Stage gates");
			Locator thread = page.locator("section.discussion").first();
			threadId = thread.getAttribute("id");
			Locator file = thread.getByLabel("File");
			assertThat(file).isVisible();
			accessible(page);
			file.setInputFiles(new FilePayload("gate-evidence.pdf", "application/pdf", pdf));
			thread.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attach")).click();
			Locator link = page.locator("section.discussion")
				.first()
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("gate-evidence.pdf").setExact(true));
			assertThat(link).isVisible();
			accessible(page);
			shot(page, "journey-c1-gate-evidence-pm.amina.png");
			Matcher id = Pattern.compile("/attachments/(\\d+)$").matcher(link.getAttribute("href"));
			org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
			attachmentId = Long.parseLong(id.group(1));
		}
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logInAsDemo(context, "auditor");
			shot(page, "journey-c2-home-auditor.png");
			page.navigate(url("/projects/" + projectId + "/gates"));
			shot(page, "journey-c3-gates-auditor.png");
			Locator link = page.locator("#" + threadId)
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("gate-evidence.pdf").setExact(true));
			assertThat(link).isVisible();
			accessible(page);
			Download download = page.waitForDownload(link::click);
			org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
		}
		// (d) a developer who may not see the project: no hit, no notification, 404
		try (BrowserContext context = newContext(1280, 900)) {
			Page head = logInAsDemo(context, "pmo.head");
			head.navigate(url("/projects/" + projectId + "/hub?tab=documents"));
			Locator comment = head.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Comment"));
			comment.fill("Asking @dev.ken to look at the biometrics scope");
			head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment").setExact(true)).click();
			assertThat(head.locator(".discussion-comments")).containsText("Asking @dev.ken");
			shot(head, "journey-d1-mention-dev.ken-pmo.head.png");
		}
		try (BrowserContext context = newContext(1280, 900)) {
			Page page = logInAsDemo(context, "dev.ken");
			assertThat(page.locator("#my-notifications")).not().containsText("POL-BORDER");
			assertThat(page.locator("#my-notifications")).not().containsText("Border control");
			shot(page, "journey-d2-home-dev.ken.png");
			search(page, "biometrics");
			shot(page, "journey-d3-search-biometrics-dev.ken.png");
			assertThat(page.locator("#results-heading")).hasText("0 found");
			assertThat(page.locator("#search-hits")).hasCount(0);
			assertThat(page.locator("#search-facets [data-kind]")).hasCount(0);
			// its code and "border" also find the Border Management Unit (POL-BORD),
			// which
			// he may see; never the project, nor a count of projects
			for (String words : List.of("POL-BORDER", "border")) {
				search(page, words);
				shot(page, "journey-d3-search-" + words + "-dev.ken.png");
				assertThat(page.locator("#search-facets [data-kind=project]")).hasCount(0);
				assertThat(page.locator("#main")).not().containsText("POL-BORDER ·");
				assertThat(page.locator("#main")).not().containsText("Border control biometrics");
			}
			shot(page, "journey-d3-search-dev.ken.png");
			page.navigate(url("/notifications"));
			assertThat(page.locator("#main")).not().containsText("POL-BORDER");
			APIResponse attachment = context.request().get(url("/attachments/" + attachmentId));
			org.assertj.core.api.Assertions.assertThat(attachment.status()).isEqualTo(404);
			APIResponse project = context.request().get(url("/projects/" + projectId));
			org.assertj.core.api.Assertions.assertThat(project.status()).isEqualTo(404);
		}
	}

	private static void search(Page page, String words) {
		Locator box = page.getByRole(AriaRole.SEARCH).first().getByLabel("Search for");
		box.fill(words);
		box.press("Enter");
		page.waitForURL(url -> url.contains("/search?") && url.contains("q=" + words.replace(" ", "+")));
	}

	private static long projectIdIn(String address) {
		Matcher id = Pattern.compile("/projects/(\\d+)").matcher(address);
		org.assertj.core.api.Assertions.assertThat(id.find()).as(address).isTrue();
		return Long.parseLong(id.group(1));
	}

	/**
	 * A one-page PDF, valid enough for a reader to open (cross-reference offsets exact).
	 */
	static byte[] tinyPdf() {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n");
		pdf.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A new tab logged in as a demo person (with the demo password), on the home page.
	 */
	Page logInAsDemo(BrowserContext context, String username) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(this.credentials.demoPassword().orElseThrow());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.locator("h1")).containsText("Welcome");
		return page;
	}

}
