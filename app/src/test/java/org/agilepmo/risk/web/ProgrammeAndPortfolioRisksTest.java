package org.agilepmo.risk.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.risk.RiskFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Risks of a programme and of a portfolio as a whole: their registers follow who may see
 * the programme or portfolio, only its keepers record them, and the portfolio's top
 * risks, heat map and cells roll them up with the projects' risks the reader may see; a
 * confidential project's risks never reach a reader who may not see the project, not even
 * as a count.
 */
@PmoTest
class ProgrammeAndPortfolioRisksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	RiskFixtures risks;

	PersonSummary pmo;

	PersonSummary analyst;

	PersonSummary pm;

	long portfolioId;

	long programmeId;

	long openProject;

	long confidentialProject;

	long portfolioRisk;

	long programmeRisk;

	long openProjectRisk;

	long confidentialRisk;

	@BeforeEach
	void aPortfolioWithAProgrammeAnOpenAndAConfidentialProject() throws Exception {
		PortfolioScene scene = this.portfolioFixtures.scene();
		this.pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		this.analyst = this.people.person("analyst", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER);
		this.pm = this.people.person("pm", ScreeningLevel.ENHANCED);
		this.portfolioId = scene.portfolio().id();
		this.programmeId = scene.programme(this.portfolioId).id();
		this.openProject = scene
			.project(this.portfolioId, Classification.PUBLIC, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		this.confidentialProject = scene
			.project(this.portfolioId, Classification.CONFIDENTIAL, d -> PortfolioScene.withManager(d, this.pm.id()))
			.id();
		this.portfolioRisk = record("/api/v1/portfolios/" + this.portfolioId + "/risks", "Donor withdraws funding", 5,
				5);
		this.programmeRisk = record("/api/v1/programmes/" + this.programmeId + "/risks", "Programme board vacancy", 4,
				5);
		this.openProjectRisk = this.risks.risk(this.pm, this.openProject, "Open project slips");
		this.confidentialRisk = this.risks.risk(this.pm, this.confidentialProject, "Secret vendor lock-in");
	}

	@Test
	void theRegistersListTheirOwnRisksOnly() throws Exception {
		assertThat(ids(json("/api/v1/portfolios/" + this.portfolioId + "/risks", this.analyst), "$.items[*].id"))
			.containsExactly(this.portfolioRisk);
		assertThat(ids(json("/api/v1/programmes/" + this.programmeId + "/risks", this.analyst), "$.items[*].id"))
			.containsExactly(this.programmeRisk);
		String risk = json("/api/v1/risks/" + this.programmeRisk, this.analyst);
		assertThat(JsonPath.<Integer>read(risk, "$.programmeId")).isEqualTo((int) this.programmeId);
		assertThat(JsonPath.<Integer>read(risk, "$.portfolioId")).isEqualTo((int) this.portfolioId);
		assertThat(JsonPath.<Object>read(risk, "$.projectId")).isNull();
		assertThat(page("/programmes/" + this.programmeId + "/risks", this.analyst)).contains("Programme board vacancy")
			.doesNotContain("Open project slips");
		assertThat(page("/risks/" + this.portfolioRisk, this.analyst)).contains("Donor withdraws funding")
			.contains("href=\"/portfolios/" + this.portfolioId + "/risks\"");
	}

	@Test
	void theTopRisksAndHeatMapRollUpOnlyWhatTheReaderMaySee() throws Exception {
		List<Long> analystsTop = ids(json("/api/v1/portfolios/" + this.portfolioId + "/top-risks", this.analyst),
				"$[*].id");
		List<Long> pmosTop = ids(json("/api/v1/portfolios/" + this.portfolioId + "/top-risks", this.pmo), "$[*].id");
		assertThat(analystsTop).containsExactly(this.portfolioRisk, this.programmeRisk, this.openProjectRisk);
		assertThat(pmosTop).containsExactlyInAnyOrder(this.portfolioRisk, this.programmeRisk, this.openProjectRisk,
				this.confidentialRisk);

		String analystsMap = json("/api/v1/portfolios/" + this.portfolioId + "/risk-heatmap", this.analyst);
		String pmosMap = json("/api/v1/portfolios/" + this.portfolioId + "/risk-heatmap", this.pmo);
		assertThat(JsonPath.<Integer>read(analystsMap, "$.total")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(pmosMap, "$.total")).isEqualTo(4);
		assertThat(count(analystsMap, 3, 4)).isEqualTo(1);
		assertThat(count(pmosMap, 3, 4)).isEqualTo(2);
		assertThat(count(analystsMap, 5, 5)).isEqualTo(1);
		assertThat(count(analystsMap, 4, 5)).isEqualTo(1);

		String analystsPage = page("/portfolios/" + this.portfolioId + "/risks", this.analyst);
		assertThat(analystsPage).contains("Donor withdraws funding", "Programme board vacancy", "Open project slips")
			.doesNotContain("Secret vendor lock-in");
	}

	@Test
	void aCellOfThePortfolioHeatMapListsItsVisibleRisks() throws Exception {
		assertThat(ids(json(cells(3, 4), this.analyst), "$[*].id")).containsExactly(this.openProjectRisk);
		assertThat(ids(json(cells(3, 4), this.pmo), "$[*].id")).containsExactlyInAnyOrder(this.openProjectRisk,
				this.confidentialRisk);
		assertThat(ids(json(cells(5, 5), this.analyst), "$[*].id")).containsExactly(this.portfolioRisk);

		String map = page("/portfolios/" + this.portfolioId + "/risks", this.analyst);
		String cellLink = "/portfolios/" + this.portfolioId + "/risks?probability=3&amp;impact=4&amp;residual=false";
		assertThat(map).contains("href=\"" + cellLink).contains("data-heatmap-from=\"heatmap-before\"");

		String cell = page("/portfolios/" + this.portfolioId + "/risks?probability=3&impact=4&residual=false",
				this.analyst);
		String listed = cell.substring(cell.indexOf("id=\"cell-risks\""),
				cell.indexOf("</table>", cell.indexOf("id=\"cell-risks\"")));
		assertThat(listed).contains("Open project slips")
			.doesNotContain("Secret vendor lock-in")
			.doesNotContain("Donor withdraws funding");
		assertThat(cell).contains("1 open risks at probability 3, impact 4");
	}

	@Test
	void onlyThoseWhoSeeTheProgrammeOrPortfolioSeeItsRisksAndOnlyItsKeepersRecordThem() throws Exception {
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		for (String path : List.of("/api/v1/programmes/" + this.programmeId + "/risks",
				"/api/v1/portfolios/" + this.portfolioId + "/risks", "/api/v1/risks/" + this.programmeRisk,
				"/api/v1/risks/" + this.portfolioRisk, "/programmes/" + this.programmeId + "/risks",
				"/portfolios/" + this.portfolioId + "/risks", cells(5, 5))) {
			this.mvc.perform(get(path).with(this.people.as(stranger))).andExpect(status().isNotFound());
		}
		PersonSummary member = this.people.person("member", ScreeningLevel.BASIC);
		this.portfolioFixtures.scene().giveProjectRole(this.openProject, member, ProjectRole.TEAM_MEMBER);
		this.mvc.perform(get("/api/v1/risks/" + this.programmeRisk).with(this.people.as(member)))
			.andExpect(status().isOk());
		for (String path : List.of("/api/v1/programmes/" + this.programmeId + "/risks",
				"/api/v1/portfolios/" + this.portfolioId + "/risks")) {
			this.mvc
				.perform(post(path).with(this.people.as(this.pm))
					.with(csrf())
					.contentType("application/json")
					.content("{\"title\":\"Not mine to record\",\"category\":\"TECHNICAL\",\"probability\":2,"
							+ "\"impact\":{\"cost\":2}}"))
				.andExpect(status().isForbidden());
		}
	}

	private long record(String path, String title, int probability, int impact) throws Exception {
		String body = this.mvc
			.perform(post(path).with(this.people.as(this.pmo))
				.with(csrf())
				.contentType("application/json")
				.content("{\"title\":\"" + title + "\",\"category\":\"FINANCIAL\",\"probability\":" + probability
						+ ",\"impact\":{\"cost\":" + impact + "}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Integer>read(body, "$.id");
	}

	private String cells(int probability, int impact) {
		return "/api/v1/portfolios/" + this.portfolioId + "/risk-cells?probability=" + probability + "&impact="
				+ impact;
	}

	private String json(String path, PersonSummary reader) throws Exception {
		return this.mvc.perform(get(path).with(this.people.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String path, PersonSummary reader) throws Exception {
		return json(path, reader);
	}

	private static List<Long> ids(String json, String path) {
		return JsonPath.<List<Number>>read(json, path).stream().map(Number::longValue).toList();
	}

	private static int count(String heatMap, int probability, int impact) {
		List<Integer> counts = JsonPath.read(heatMap,
				"$.cells[?(@.probability==" + probability + " && @.impact==" + impact + ")].before");
		return counts.get(0);
	}

}
