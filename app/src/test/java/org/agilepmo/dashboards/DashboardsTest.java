package org.agilepmo.dashboards;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.finance.FinanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards count, sum and chart only what the reader may see: a PMO officer whose
 * screening does not clear a confidential project sees the portfolio without it (its
 * budget, spending, milestone and risk are neither counted nor named, in the page or in a
 * chart's CSV), while one cleared for it sees both projects. Each chart's CSV is its
 * table; the pages render in every language and write nothing.
 */
@PmoTest
class DashboardsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	FinanceFixtures finance;

	@Autowired
	RiskFixtures risks;

	@Autowired
	PlanningFixtures plans;

	@Autowired
	DeliveryFixtures delivery;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AuditTrail audit;

	PersonSummary cleared;

	PersonSummary basic;

	long portfolioId;

	PortfolioScene.ProjectRef open;

	PortfolioScene.ProjectRef confidential;

	@BeforeEach
	void aPortfolioWithAConfidentialProject() {
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary officer = scene.officer();
		this.cleared = scene.person("pmo-cleared", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		this.basic = scene.person("pmo-basic", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER);
		this.portfolioId = scene.portfolio().id();
		this.open = scene.project(this.portfolioId, Classification.PUBLIC);
		this.confidential = scene.project(this.portfolioId, Classification.CONFIDENTIAL);
		for (PortfolioScene.ProjectRef p : List.of(this.open, this.confidential)) {
			this.finance.approvedBudget(officer, officer, p.id());
			this.plans.task(officer, p.id(), "Go-live of " + p.code(), 0);
			this.risks.risk(officer, p.id(), "Risk of " + p.code());
		}
		this.finance.actual(officer, this.open.id(), "L1", "500.00", LocalDate.of(2026, 1, 15));
		this.finance.actual(officer, this.confidential.id(), "L1", "700.00", LocalDate.of(2026, 1, 15));
	}

	@Test
	void aReaderNotClearedForTheConfidentialProjectNeitherCountsNorSeesIt() throws Exception {
		String page = page(this.basic, "/dashboards/portfolio?portfolio=" + this.portfolioId);
		assertThat(page).contains(this.open.code())
			.doesNotContain(this.confidential.code())
			.doesNotContain("Risk of " + this.confidential.code())
			.doesNotContain("Go-live of " + this.confidential.code());
		assertThat(total(csv(this.basic, "/dashboards/portfolio/by-stage.csv?portfolio=" + this.portfolioId)))
			.isEqualTo(1);
		List<CSVRecord> budget = csv(this.basic, "/dashboards/portfolio/budget-eur.csv?portfolio=" + this.portfolioId);
		assertThat(budget).extracting(r -> r.get(0)).containsExactly(this.open.code());
		assertThat(budget.get(0).get(3)).isEqualTo("500.00");
		assertThat(csv(this.basic, "/dashboards/portfolio/milestones.csv?portfolio=" + this.portfolioId))
			.extracting(r -> r.get(0))
			.containsExactly(this.open.code());
		assertThat(csv(this.basic, "/dashboards/portfolio/risks.csv?portfolio=" + this.portfolioId))
			.extracting(r -> r.get(0))
			.containsExactly(this.open.code());

		this.mvc.perform(get("/dashboards/projects/" + this.confidential.id()).with(this.people.as(this.basic)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/dashboards/projects/" + this.confidential.id() + "/risks.csv")
				.with(this.people.as(this.basic)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aReaderClearedForItCountsBothProjects() throws Exception {
		assertThat(page(this.cleared, "/dashboards/portfolio?portfolio=" + this.portfolioId)).contains(this.open.code(),
				this.confidential.code(), "Risk of " + this.confidential.code());
		assertThat(total(csv(this.cleared, "/dashboards/portfolio/by-health.csv?portfolio=" + this.portfolioId)))
			.isEqualTo(2);
		assertThat(csv(this.cleared, "/dashboards/portfolio/budget-eur.csv?portfolio=" + this.portfolioId))
			.extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(3))
			.containsExactlyInAnyOrder(this.open.code() + " 12000.00 500.00",
					this.confidential.code() + " 12000.00 700.00");
	}

	@Test
	void thePortfoliosPdfHoldsTheFiguresOfItsChartsAndNothingOfAHiddenProject() throws Exception {
		String page = page(this.basic, "/dashboards/portfolio?portfolio=" + this.portfolioId);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		tools.jackson.databind.JsonNode budget = new tools.jackson.databind.ObjectMapper()
			.readTree(html.selectFirst("#chart-budget-eur .pmo-chart").attr("data-chart"));
		String pdf = pdfText(this.basic, this.portfolioId, "en");

		assertThat(budget.get("labels")).hasSize(1);
		String label = budget.get("labels").get(0).asString();
		assertThat(label).isEqualTo(this.open.code());
		java.text.NumberFormat english = java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH);
		english.setMinimumFractionDigits(2);
		english.setMaximumFractionDigits(2);
		StringBuilder row = new StringBuilder(label);
		for (tools.jackson.databind.JsonNode series : budget.get("series")) {
			row.append(' ').append(english.format(series.get("data").get(0).decimalValue()));
		}
		assertThat(pdf).as("the budget row as the chart's JSON has it")
			.contains(row.toString())
			.contains("12,000.00")
			.contains("500.00");
		for (org.jsoup.nodes.Element tr : html.select("#table-by-stage tbody tr")) {
			assertThat(pdf).as("the by-stage row as the page's table has it")
				.contains(tr.selectFirst("th").text() + " " + tr.selectFirst("td").text());
		}
		assertThat(pdf).contains("Dashboard: ")
			.contains("Go-live of " + this.open.code())
			.doesNotContain(this.confidential.code())
			.doesNotContain("700.00");

		assertThat(pdfText(this.cleared, this.portfolioId, "en")).contains(this.confidential.code()).contains("700.00");
		assertThat(pdfText(this.basic, this.portfolioId, "fr")).contains("Tableau de bord : ")
			.contains("Budget et dépenses");
		PersonSummary outsider = this.people.person("outsider", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/dashboards/portfolio/" + this.portfolioId + ".pdf").with(this.people.as(outsider)))
			.andExpect(status().isNotFound());
	}

	private String pdfText(PersonSummary reader, long portfolio, String language) throws Exception {
		byte[] bytes = this.mvc
			.perform(get("/dashboards/portfolio/" + portfolio + ".pdf").with(this.people.as(reader))
				.header("Accept-Language", language))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	@Test
	void aChartLeadsToTheFilteredListAndItsCsvIsItsTable() throws Exception {
		String page = page(this.cleared, "/dashboards/portfolio?portfolio=" + this.portfolioId + "&health=GREEN");
		assertThat(page).contains("data-chart-from=\"table-by-stage\"")
			.contains("href=\"/projects?portfolio=" + this.portfolioId + "&amp;stage=CONCEPT&amp;health=GREEN\"")
			.contains(
					"href=\"/dashboards/portfolio/by-stage.csv?portfolio=" + this.portfolioId + "&amp;health=GREEN\"");
		this.mvc
			.perform(get("/dashboards/portfolio/by-stage.csv?portfolio=" + this.portfolioId)
				.with(this.people.as(this.cleared))
				.param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("Phase,Projets")))
			.andExpect(content().string(containsString("Concept,2")));
		this.mvc.perform(get("/dashboards/portfolio/nothing.csv").with(this.people.as(this.cleared)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTribeShowsItsSquadsAndTheirStaffingGaps() throws Exception {
		DeliveryScene scene = new DeliveryScene(this.people, this.organisation);
		this.delivery.scrumBoard(scene.administrator(), scene.squadId());
		this.delivery.projectStory(scene.administrator(), scene.squadId(), this.open.id(), "Story of the tribe");
		long skill = this.resources.skill("Skill " + DeliveryScene.code());
		this.resources.target(scene.squadId(), skill, 3, 2);
		String page = page(scene.squadMember(), "/dashboards/tribes/" + scene.tribeId());
		assertThat(page).contains("table-velocity", "table-staffing-gaps", "table-work-in-progress");
		List<CSVRecord> gaps = csv(scene.squadMember(), "/dashboards/tribes/" + scene.tribeId() + "/staffing-gaps.csv");
		assertThat(gaps).singleElement().satisfies(r -> assertThat(r.get(1)).isEqualTo("2"));
		PersonSummary outsider = this.people.person("outsider", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/dashboards/tribes/" + scene.tribeId()).with(this.people.as(outsider)))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar" })
	void everyDashboardRendersInTheLanguage(String lang) throws Exception {
		DeliveryScene scene = new DeliveryScene(this.people, this.organisation);
		for (String path : new String[] { "/dashboards", "/dashboards/portfolio?portfolio=" + this.portfolioId,
				"/dashboards/projects/" + this.open.id(), "/dashboards/tribes/" + scene.tribeId() }) {
			this.mvc.perform(get(path).param("lang", lang).with(this.people.as(this.cleared)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("dir=\"" + ("ar".equals(lang) ? "rtl" : "ltr") + "\"")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void lookingWritesNothing() throws Exception {
		long before = entries();
		page(this.cleared, "/dashboards/portfolio");
		page(this.cleared, "/dashboards/projects/" + this.open.id());
		csv(this.cleared, "/dashboards/portfolio/risks.csv");
		assertThat(entries()).isEqualTo(before);
	}

	private String page(PersonSummary reader, String path) throws Exception {
		return this.mvc.perform(get(path).with(this.people.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<CSVRecord> csv(PersonSummary reader, String path) throws Exception {
		String text = this.mvc.perform(get(path).with(this.people.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
			.getRecords();
	}

	private long entries() {
		return this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery(null, null, null, 0, 50));
	}

	private static int total(List<CSVRecord> records) {
		return records.stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
	}

}
