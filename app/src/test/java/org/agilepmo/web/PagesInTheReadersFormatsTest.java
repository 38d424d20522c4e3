package org.agilepmo.web;

import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.testsupport.PmoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages in English, French and Arabic write dates, date-times and numbers in one
 * convention: the medium date of the reader's region, a short time without seconds,
 * Western digits in Arabic; charts get the same locale for their axes, and the
 * dashboard's health bars their colours and the filtered lists they lead to.
 */
@PmoTest
class PagesInTheReadersFormatsTest {

	static final String ARABIC_INDIC_DIGITS = "[\\u0660-\\u0669\\u06f0-\\u06f9]";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	DeliveryFixtures delivery;

	@Autowired
	OrganisationManagement organisation;

	@ParameterizedTest
	@CsvSource({ "en-GB, '^\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}$'",
			"fr-FR, '^\\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2}$'",
			"ar-EG, '^\\d{2}\\S*/\\d{2}\\S*/\\d{4}\\S* \\d{1,2}:\\d{2} \\S+$'" })
	void aProjectSaysWhenItChangedInTheReadersFormat(String language, String dateTime) throws Exception {
		PortfolioScene scene = this.portfolios.scene();
		var project = scene.project(scene.portfolio().id(), Classification.PUBLIC);
		Document page = page("/projects/" + project.id(), scene.officer(), language);
		String created = page.select("dt:containsOwn(" + createdLabel(language) + ") + dd").text();
		assertThat(created).matches(dateTime).doesNotContainPattern(ARABIC_INDIC_DIGITS);
	}

	@ParameterizedTest
	@CsvSource({ "en-GB, en-GB, '^\\d{1,2} [A-Z][a-z]{2} \\d{4}$'", "fr-FR, fr-FR, '^\\d{1,2} \\S+ \\d{4}$'",
			"ar-EG, ar-EG-u-nu-latn, '^\\d{2}\\S*/\\d{2}\\S*/\\d{4}$'" })
	void aSprintsBurndownTableAndChartsFollowTheReader(String language, String tag, String date) throws Exception {
		DeliveryScene scene = new DeliveryScene(this.people, this.organisation);
		long sprint = this.delivery.activeSprint(scene.squadMember(), scene.squadId(), "Sprint 1");
		Document page = page("/delivery/sprints/" + sprint, scene.squadMember(), language);
		assertThat(page.select("#burndown-table tbody th").first().text()).matches(date)
			.doesNotContainPattern(ARABIC_INDIC_DIGITS);
		assertThat(page.select(".pmo-chart").eachAttr("data-locale")).isNotEmpty().allMatch(tag::equals);
	}

	@ParameterizedTest
	@CsvSource({ "en-GB, Red", "fr-FR, Rouge", "ar-EG, أحمر" })
	void theDashboardsHealthBarsHaveTheirColoursAndLeadToTheFilteredList(String language, String red) throws Exception {
		PortfolioScene scene = this.portfolios.scene();
		long portfolio = scene.portfolio().id();
		scene.project(portfolio, Classification.PUBLIC);
		Document page = page("/dashboard?portfolio=" + portfolio, scene.officer(), language);
		assertThat(page.select("#by-health tbody tr").eachAttr("data-colour")).containsExactly("#146c43", "#b35900",
				"#b02a37");
		assertThat(page.select("#by-health tbody tr").get(2).select("th a").text()).isEqualTo(red);
		assertThat(page.select("#by-health tbody tr").get(2).select("th a").attr("href"))
			.isEqualTo("/projects?health=RED&portfolio=" + portfolio);
		assertThat(page.select("[data-chart-from=by-health]").attr("data-locale")).startsWith(language);
	}

	private static String createdLabel(String language) {
		return switch (language.substring(0, 2)) {
			case "fr" -> "Créé le";
			case "ar" -> "تاريخ الإنشاء";
			default -> "Created";
		};
	}

	private Document page(String path, PersonSummary person, String language) throws Exception {
		String html = this.mvc.perform(get(path).header("Accept-Language", language).with(this.people.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
