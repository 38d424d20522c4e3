package org.agilepmo.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every main list as XLSX and CSV, through the shared writer: the same rows as the list
 * with its filters, opened with POI and parsed as CSV; a project the reader may not see
 * never appears, nor do its risks, activities or backlog items.
 */
@PmoTest
class ListExportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	RiskFixtures risks;

	@Autowired
	PlanningFixtures plans;

	@Autowired
	DeliveryFixtures delivery;

	@Autowired
	OrganisationManagement organisation;

	PersonSummary basic;

	PersonSummary officer;

	long portfolioId;

	PortfolioScene.PortfolioRef portfolio;

	PortfolioScene.ProjectRef open;

	PortfolioScene.ProjectRef confidential;

	PortfolioScene.ProgrammeRef programme;

	@BeforeEach
	void aPortfolioWithAConfidentialProject() {
		PortfolioScene scene = this.portfolios.scene();
		this.officer = scene.officer();
		this.basic = scene.person("pmo-basic", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER);
		this.portfolio = scene.portfolio();
		this.portfolioId = this.portfolio.id();
		this.programme = scene.programme(this.portfolioId);
		this.open = scene.project(this.portfolioId, Classification.PUBLIC);
		this.confidential = scene.project(this.portfolioId, Classification.CONFIDENTIAL);
		this.plans.task(this.officer, this.open.id(), "=SUM(A1) build", 4800);
		this.plans.task(this.officer, this.open.id(), "Go-live", 0);
		this.risks.risk(this.officer, this.open.id(), "Open risk");
		this.risks.risk(this.officer, this.confidential.id(), "Hidden risk");
	}

	@Test
	void projectsExportAsXlsxAndCsvWithTheListsFiltersAndWithoutHiddenProjects() throws Exception {
		String query = "/api/v1/projects/export?portfolio=" + this.portfolioId;
		List<List<String>> xlsx = xlsx(this.basic, query + "&format=xlsx");
		List<CSVRecord> csv = csv(this.basic, query + "&format=csv");
		assertThat(xlsx.get(0)).startsWith("Code", "Name", "Portfolio", "Programme", "Type");
		assertThat(xlsx.subList(1, xlsx.size())).extracting(r -> r.get(0)).containsExactly(this.open.code());
		assertThat(csv).extracting(r -> r.get("Code")).containsExactly(this.open.code());
		assertThat(csv.get(0).get("Classification")).isEqualTo("PUBLIC");

		// The officer cleared for it gets both; a filter keeps what the list keeps.
		assertThat(csv(this.officer, query + "&format=csv")).extracting(r -> r.get("Code"))
			.containsExactlyInAnyOrder(this.open.code(), this.confidential.code());
		assertThat(csv(this.officer, query + "&format=csv&classification=CONFIDENTIAL")).extracting(r -> r.get("Code"))
			.containsExactly(this.confidential.code());
		assertThat(csv(this.officer, query + "&format=csv&sort=code,desc")).extracting(r -> r.get("Code"))
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());

		// The page's download link says the same, through the session.
		this.mvc
			.perform(get("/projects/export?format=xlsx&portfolio=" + this.portfolioId).with(this.people.as(this.basic)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString("projects.xlsx")));
		this.mvc.perform(get(query + "&format=pdf").header("Authorization", token(this.basic)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

	@Test
	void portfoliosAndProgrammesExport() throws Exception {
		assertThat(csv(this.basic, "/api/v1/portfolios/export?format=csv&q=" + this.portfolio.code()))
			.extracting(r -> r.get("Code"))
			.containsExactly(this.portfolio.code());
		List<List<String>> programmes = xlsx(this.officer,
				"/api/v1/programmes/export?format=xlsx&portfolio=" + this.portfolioId);
		assertThat(programmes).hasSize(2);
		assertThat(programmes.get(1).get(0)).isEqualTo(this.programme.code());
	}

	@Test
	void risksExportWithTheRegistersFiltersAndHiddenRegistersAnswer404() throws Exception {
		List<CSVRecord> risks = csv(this.basic,
				"/api/v1/projects/" + this.open.id() + "/risks/export?format=csv&rating=HIGH");
		assertThat(risks).extracting(r -> r.get("Title")).containsExactly("Open risk");
		assertThat(csv(this.basic, "/api/v1/projects/" + this.open.id() + "/risks/export?format=csv&rating=LOW"))
			.isEmpty();
		List<List<String>> xlsx = xlsx(this.basic, "/api/v1/projects/" + this.open.id() + "/risks/export");
		assertThat(xlsx).hasSize(2);
		this.mvc
			.perform(get("/api/v1/projects/" + this.confidential.id() + "/risks/export?format=csv")
				.header("Authorization", token(this.basic)))
			.andExpect(status().isNotFound());
	}

	@Test
	void activitiesExportInWbsOrderWithTheirScheduleAndFormulasInert() throws Exception {
		String path = "/api/v1/projects/" + this.open.id() + "/plan/activities/export";
		List<CSVRecord> csv = csv(this.basic, path + "?format=csv");
		assertThat(csv).extracting(r -> r.get("Name")).containsExactly("'=SUM(A1) build", "Go-live");
		assertThat(csv.get(0).get("Duration (days)")).isEqualTo("10");
		assertThat(csv.get(1).get("Kind")).isEqualTo("MILESTONE");
		try (Workbook book = workbook(this.basic, path + "?format=xlsx&milestones=true")) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Go-live");
			assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
		}
		this.mvc
			.perform(get("/api/v1/projects/" + this.confidential.id() + "/plan/activities/export")
				.header("Authorization", token(this.basic)))
			.andExpect(status().isNotFound());
	}

	@Test
	void backlogExportLeavesOutItemsOfHiddenProjects() throws Exception {
		DeliveryScene scene = new DeliveryScene(this.people, this.organisation);
		this.delivery.projectStory(scene.administrator(), scene.squadId(), this.open.id(), "Visible story");
		this.delivery.projectStory(scene.administrator(), scene.squadId(), this.confidential.id(), "Hidden story");
		this.delivery.story(scene.administrator(), scene.squadId(), "Squad story");
		String path = "/api/v1/squads/" + scene.squadId() + "/backlog-items/export";
		assertThat(csv(this.basic, path + "?format=csv")).extracting(r -> r.get("Title"))
			.containsExactlyInAnyOrder("Visible story", "Squad story");
		assertThat(xlsx(this.officer, path + "?format=xlsx&type=STORY")).hasSize(4);
	}

	private String token(PersonSummary person) {
		return "Bearer " + this.people.tokenOf(person);
	}

	private List<CSVRecord> csv(PersonSummary reader, String path) throws Exception {
		String text = this.mvc.perform(get(path).header("Authorization", token(reader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	private Workbook workbook(PersonSummary reader, String path) throws Exception {
		byte[] bytes = this.mvc.perform(get(path).header("Authorization", token(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private List<List<String>> xlsx(PersonSummary reader, String path) throws Exception {
		try (Workbook book = workbook(reader, path)) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
