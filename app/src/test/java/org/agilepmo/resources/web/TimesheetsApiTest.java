package org.agilepmo.resources.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timesheets API: a person starts a week, a wrong hour answers 422 naming its day and
 * row in the person's language, the week is submitted and approved by the project's
 * manager with If-Match (412 when stale), after which every change is refused (422); the
 * export as XLSX holds exactly what the CSV holds, and only what the reader may see.
 */
@PmoTest
class TimesheetsApiTest {

	static final LocalDate MONDAY = LocalDate.of(2032, 6, 7);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	PersonSummary dev;

	PersonSummary manager;

	long project;

	String devToken;

	String managerToken;

	@BeforeEach
	void scene() {
		PortfolioScene scene = this.portfolios.scene();
		this.dev = this.people.person("dev", ScreeningLevel.BASIC);
		this.manager = this.people.person("pm", ScreeningLevel.BASIC);
		this.project = scene
			.project(scene.portfolio().id(), Classification.PUBLIC,
					d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		scene.giveProjectRole(this.project, this.dev, ProjectRole.TEAM_MEMBER);
		this.devToken = "Bearer " + this.people.tokenOf(this.dev);
		this.managerToken = "Bearer " + this.people.tokenOf(this.manager);
	}

	@Test
	void aWeekIsWrittenSubmittedApprovedAndThenLocked() throws Exception {
		String created = json(post("/api/v1/timesheets"), this.devToken, null, "{\"week\":\"" + MONDAY.plusDays(2)
				+ "\",\"lines\":[{\"kind\":\"PROJECT\",\"ref\":" + this.project
				+ ",\"hours\":[8,7.5,8,8,4]},{\"kind\":\"OTHER\",\"category\":\"TRAINING\",\"hours\":[0,0,0,0,4]}]}")
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.weekStart").value(MONDAY.toString()))
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.dayTotals[4]").value(8.0))
			.andExpect(jsonPath("$.total").value(39.5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		json(patch("/api/v1/timesheets/" + id), this.devToken, "0",
				"{\"lines\":[{\"kind\":\"OTHER\",\"category\":\"SUPPORT\",\"hours\":[0,8.1]}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].hours[1]"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("row 1")));
		this.mvc
			.perform(patch("/api/v1/timesheets/" + id).header("Authorization", this.devToken)
				.header("If-Match", "\"0\"")
				.header("Accept-Language", "es")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"lines\":[{\"kind\":\"OTHER\",\"category\":\"SUPPORT\",\"hours\":[0,8.1]}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("martes")));
		json(post("/api/v1/timesheets/" + id + "/submit"), this.devToken, "0", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUBMITTED"));
		this.mvc.perform(get("/api/v1/timesheets/approvals").header("Authorization", this.managerToken))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].lines.length()").value(1));
		json(post("/api/v1/timesheets/" + id + "/approve"), this.managerToken, "0", null)
			.andExpect(status().isPreconditionFailed());
		json(post("/api/v1/timesheets/" + id + "/approve"), this.managerToken, "1", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.lines[0].approved").value(true));

		// The training line waits for the head of a centre the person does not have: the
		// PMO.
		String officer = "Bearer " + this.people
			.tokenOf(this.people.person("pmo", ScreeningLevel.ENHANCED, org.agilepmo.shared.GlobalRole.PMO_OFFICER));
		json(post("/api/v1/timesheets/" + id + "/approve"), officer, "2", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPROVED"));

		json(patch("/api/v1/timesheets/" + id), this.devToken, "3",
				"{\"lines\":[{\"kind\":\"OTHER\",\"category\":\"SUPPORT\",\"hours\":[1]}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("locked")));
		json(post("/api/v1/timesheets/" + id + "/return"), this.managerToken, "3", "{\"reason\":\"Too late\"}")
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/timesheets/" + id).header("Authorization", this.devToken))
			.andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.total").value(39.5));
		this.mvc
			.perform(get("/api/v1/timesheets/" + id).header("Authorization",
					"Bearer " + this.people.tokenOf(this.people.person("other", ScreeningLevel.ENHANCED))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSpreadsheetHoldsWhatTheCsvHoldsAndOnlyWhatTheReaderMaySee() throws Exception {
		long resource = this.resources.profile(this.dev, null, "XE", 100);
		this.resources.hourlyRate(resource, "50", MONDAY.minusYears(1), null);
		ResourcesFixtures.Week week = this.resources.week(this.dev, MONDAY, this.project, true);
		String range = "&from=" + MONDAY + "&to=" + MONDAY.plusDays(6) + "&projectId=" + this.project;

		String csv = this.mvc
			.perform(get("/api/v1/timesheets/export?format=csv" + range).header("Authorization", this.devToken))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] xlsx = this.mvc
			.perform(get("/api/v1/timesheets/export?format=xlsx" + range).header("Authorization", this.devToken))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records).hasSize(5);
		assertThat(records).allSatisfy(r -> {
			assertThat(r.get("Hours")).isEqualTo("8");
			assertThat(r.get("Amount")).isEqualTo("400");
			assertThat(r.get("Currency")).isEqualTo("EUR");
			assertThat(r.get("State")).isEqualTo("SUBMITTED");
		});
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(records.size());
			for (int r = 0; r < records.size(); r++) {
				Row row = sheet.getRow(r + 1);
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < records.get(r).size(); c++) {
					cells.add(text(row.getCell(c)));
				}
				assertThat(cells).as("row %d", r + 1).containsExactlyElementsOf(records.get(r).toList());
			}
			assertThat(row0(sheet)).containsExactly("Person", "Week", "Day", "Kind", "Project", "Work", "Hours",
					"State", "Amount", "Currency");
			assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
		}

		// The project's manager sees the hours but not the person's rate; someone else
		// sees nothing.
		String managers = this.mvc
			.perform(get("/api/v1/timesheets/export?format=csv" + range).header("Authorization", this.managerToken))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(managers.lines().skip(1)).hasSize(5).allSatisfy(l -> assertThat(l).endsWith(",SUBMITTED,,"));
		String outsider = "Bearer " + this.people.tokenOf(this.people.person("outsider", ScreeningLevel.ENHANCED));
		this.mvc.perform(get("/api/v1/timesheets/export?format=csv" + range).header("Authorization", outsider))
			.andExpect(status().isNotFound());
		String all = this.mvc
			.perform(get("/api/v1/timesheets/export?format=csv&from=" + MONDAY + "&to=" + MONDAY.plusDays(6))
				.header("Authorization", outsider))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all.lines()).hasSize(1);
		assertThat(week.id()).isPositive();
	}

	private ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token, String version, String body) throws Exception {
		request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
		if (version != null) {
			request.header("If-Match", "\"" + version + "\"");
		}
		if (body != null) {
			request.content(body);
		}
		return this.mvc.perform(request);
	}

	private static List<String> row0(Sheet sheet) {
		List<String> cells = new ArrayList<>();
		sheet.getRow(0).forEach(c -> cells.add(c.getStringCellValue()));
		return cells;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
				.toPlainString();
		}
		return cell.getStringCellValue();
	}

}
