package org.agilepmo.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.quality.QualityFixtures;
import org.agilepmo.quality.QualityFixtures.AuditRef;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The CTO opens a squad's DORA page, clicks a bar of the deployments chart and lands on
 * the deployments of that week; as an auditor, they record a finding on an audit and give
 * a developer a corrective action.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class QualityBrowserTest extends BrowserTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	QualityFixtures quality;

	@Test
	void theCtoFollowsAChartPointToItsDeploymentsAndRecordsAFindingWithAnAction() {
		DeliveryScene scene = this.quality.squad();
		PersonSummary cto = this.people.person("cto", ScreeningLevel.ENHANCED);
		PersonSummary developer = this.people.person("dev", ScreeningLevel.BASIC);
		this.quality.oversee(scene.administrator(), cto);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		for (int day : List.of(15, 16, 17, 23)) {
			this.quality.deployment(cto, scene.squadId(), "deploy-" + day, "portal", now.minus(day, ChronoUnit.DAYS),
					day == 16);
		}
		AuditRef audit = this.quality.audit(cto, null);

		try (BrowserContext context = newContext(1280, 1000)) {
			Page page = logIn(context, cto);
			page.navigate(url("/quality/squads/" + scene.squadId()));
			assertThat(page.locator("h1")).containsText("DORA figures of");
			assertThat(page.locator("#band-reached")).containsText("Band reached");
			page.locator("#chart-frequency[data-chart-ready='true']").waitFor();
			shot(page, "quality-01-dora.png");

			// the first bar with deployments, clicked where it is drawn
			Object point = page.evaluate("() => {" + " const el = document.getElementById('chart-frequency');"
					+ " const chart = echarts.getInstanceByDom(el);" + " const data = chart.getOption().series[0].data;"
					+ " const i = data.findIndex(v => v > 0);"
					+ " const [x, y] = chart.convertToPixel({seriesIndex: 0}, [i, data[i]]);"
					+ " const box = el.getBoundingClientRect();"
					+ " return [box.left + x, box.top + y + 6, chart.getOption().xAxis[0].data[i]]; }");
			List<?> xy = (List<?>) point;
			page.mouse().click(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
			page.waitForURL(Pattern.compile(".*metric=FREQUENCY.*week=" + xy.get(2) + ".*"));
			assertThat(page.locator("#rows-heading")).containsText("deployments");
			assertThat(page.locator("#rows-deployments tbody tr")).not().hasCount(0);
			assertThat(page.locator("#rows-deployments")).containsText("deploy-");
			shot(page, "quality-02-chart-rows.png");

			page.navigate(url("/quality/audits/" + audit.id()));
			page.locator("#finding-severity").selectOption("CRITICAL");
			page.locator("#finding-title").fill("Secrets in the repository");
			page.locator("#finding-standard").fill("Secure development standard 3.1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the finding")).click();
			assertThat(page.locator("#outcome")).containsText("recorded");
			assertThat(page.locator("#findings")).containsText("Secrets in the repository");

			page.locator("#action-findingId")
				.selectOption(new com.microsoft.playwright.options.SelectOption()
					.setLabel(page.locator("#action-findingId option", new Page.LocatorOptions().setHasText("Secrets"))
						.textContent()
						.strip()));
			page.locator("#action-title").fill("Rotate the leaked keys");
			page.locator("#action-ownerId").selectOption(String.valueOf(developer.id()));
			page.locator("#action-due").fill(LocalDate.now().plusDays(5).toString());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action")).click();
			assertThat(page.locator("#findings")).containsText("Rotate the leaked keys");
			shot(page, "quality-03-audit.png");
		}
	}

}
