package org.agilepmo.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.Inbox;
import org.agilepmo.notification.NotificationReason;
import org.agilepmo.notification.NotificationView;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.reporting.ReportingFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.ScreeningLevel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What reporting puts on its people's home page, read from the page itself: a project
 * manager whose report is overdue and whose remediation action is past its due day sees
 * both under "Needs me", each marked overdue; the manager is told when the deviation is
 * raised.
 */
class OverdueReportingWorkOnTheHomePageTest extends AtASetTimeWithMail {

	@Autowired
	SettableClock clock;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	PortfolioRegistry registry;

	@Autowired
	ReportingFixtures reporting;

	@Autowired
	Inbox inbox;

	@Autowired
	MockMvc mvc;

	@Test
	void anOverdueReportAndAnActionPastItsDueDayAreMarkedOverdueOnTheOwnersHome() throws Exception {
		this.clock.set(Instant.parse("2026-12-07T09:00:00Z"));
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary pmo = scene.officer();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		var project = scene.project(scene.portfolio().id(), Classification.PUBLIC,
				d -> PortfolioScene.withManager(d, pm.id()));
		this.people.actingAs(pmo, () -> {
			this.registry.changeStage(IdentityFixtures.actor(pmo), project.id(), Stage.SCOPING, "Scoping");
			this.registry.changeStage(IdentityFixtures.actor(pmo), project.id(), Stage.PLANNING, "Planning");
		});

		Long deviation = this.reporting.openDeviation(pmo, project.id(), "REPORT_OVERDUE");
		assertThat(deviation).as("November's report, due on 3 December, is overdue").isNotNull();
		List<NotificationView> told = this.inbox.latest(IdentityFixtures.actor(pm), 20);
		assertThat(told).as("the project manager is told of the deviation").anySatisfy(n -> {
			assertThat(n.object().ref()).isEqualTo(new ObjectRef("deviation", deviation));
			assertThat(n.reason()).isEqualTo(NotificationReason.DUE);
		});
		long action = this.reporting.action(pmo, deviation, pm.id(), LocalDate.of(2026, 12, 8));

		this.clock.set(Instant.parse("2026-12-10T09:00:00Z"));
		Document home = Jsoup.parse(this.mvc.perform(get("/").with(this.people.as(pm)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		Element report = entry(home, "/projects/" + project.id() + "/status-reports");
		assertThat(report.text()).contains("The status report is overdue").contains("Overdue since");
		assertThat(report.select(".text-danger").text()).contains("Overdue since");
		Element remediation = entry(home, "/deviations/" + deviation + "#action-" + action);
		assertThat(remediation.text()).contains("Your remediation action is overdue").contains("Overdue since");
		assertThat(remediation.select(".text-danger").text()).contains("Overdue since");
	}

	@Test
	void anActionNotYetDueIsListedWithoutTheOverdueMark() throws Exception {
		this.clock.set(Instant.parse("2026-12-07T09:00:00Z"));
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary pmo = scene.officer();
		PersonSummary pm = this.people.person("pm", ScreeningLevel.BASIC);
		var project = scene.project(scene.portfolio().id(), Classification.PUBLIC,
				d -> PortfolioScene.withManager(d, pm.id()));
		this.people.actingAs(pmo, () -> {
			this.registry.changeStage(IdentityFixtures.actor(pmo), project.id(), Stage.SCOPING, "Scoping");
			this.registry.changeStage(IdentityFixtures.actor(pmo), project.id(), Stage.PLANNING, "Planning");
		});
		Long deviation = this.reporting.openDeviation(pmo, project.id(), "REPORT_OVERDUE");
		long action = this.reporting.action(pmo, deviation, pm.id(), LocalDate.of(2026, 12, 20));

		Document home = Jsoup.parse(this.mvc.perform(get("/").with(this.people.as(pm)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		Element remediation = entry(home, "/deviations/" + deviation + "#action-" + action);
		assertThat(remediation.text()).contains("A remediation action of yours").doesNotContain("Overdue since");
		assertThat(remediation.select(".text-danger")).isEmpty();
	}

	private static Element entry(Document home, String link) {
		Element anchor = home.selectFirst("#needs-me-heading ~ ul a[href=\"" + link + "\"]");
		assertThat(anchor).as("an entry under Needs me leads to %s", link).isNotNull();
		return anchor.closest("li");
	}

}
