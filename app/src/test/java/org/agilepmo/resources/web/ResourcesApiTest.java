package org.agilepmo.resources.web;

import java.time.LocalDate;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The resources API: the capacity figures by centre and month, as the reader may see
 * them; a profile's and an allocation's changes need If-Match (428 without, 412 stale and
 * unchanged); bad input names the field; looking writes nothing.
 */
@PmoTest
class ResourcesApiTest {

	static final LocalDate MONDAY = LocalDate.of(2032, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	AuditTrail audit;

	@Test
	void theFiguresByCentreAndMonthLeaveOutAProjectTheReaderMayNotSee() throws Exception {
		PersonSummary dev = this.people.person("dev", ScreeningLevel.ENHANCED);
		long centre = this.resources.centre("API centre", null);
		long resource = this.resources.profile(dev, centre, "XN", 100);
		PortfolioScene scene = this.portfolios.scene();
		PortfolioScene.ProjectRef hidden = scene.project(scene.portfolio().id(), Classification.CONFIDENTIAL);
		this.resources.allocate(resource, hidden.id(), null, MONDAY, MONDAY.plusDays(4), false, "20");
		this.resources.allocate(resource, null, this.resources.squad("API squad"), MONDAY, MONDAY.plusDays(4), false,
				"10");
		String high = "Bearer "
				+ this.people.tokenOf(this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER));
		String low = "Bearer "
				+ this.people.tokenOf(this.people.person("pmo", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER));
		String query = "/api/v1/capacity?groupBy=centre&granularity=month&from=2032-03-01&to=2032-03-31&centreId="
				+ centre;

		this.mvc.perform(get(query).header("Authorization", high))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[0].label").value("2032-03"))
			.andExpect(jsonPath("$.rows[0].label").value("API centre"))
			.andExpect(jsonPath("$.rows[0].cells[0].capacity").value(184.0))
			.andExpect(jsonPath("$.rows[0].cells[0].demand").value(30.0));
		String body = this.mvc.perform(get(query).header("Authorization", low))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].cells[0].demand").value(10.0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String drill = this.mvc
			.perform(get("/api/v1/capacity/drill?groupBy=centre&key=" + centre + "&from=2032-03-01&to=2032-03-31")
				.header("Authorization", low))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("squad"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body + drill).doesNotContain(hidden.code()).doesNotContain(hidden.name());
	}

	@Test
	void aProfileChangeWithoutIfMatchAnswers428AndAStaleOne412LeavingItUnchanged() throws Exception {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		String token = "Bearer " + this.people.tokenOf(pmo);
		long id = this.resources.bareProfile();
		this.mvc
			.perform(patch("/api/v1/resources/" + id).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"partTimePercent\":80}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(patch("/api/v1/resources/" + id).header("Authorization", token)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"partTimePercent\":80}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.partTimePercent").value(80))
			.andExpect(jsonPath("$.hoursPerDay").value(8.0));
		this.mvc
			.perform(patch("/api/v1/resources/" + id).header("Authorization", token)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"partTimePercent\":50}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(get("/api/v1/resources/" + id).header("Authorization", token))
			.andExpect(jsonPath("$.partTimePercent").value(80));
		this.mvc
			.perform(patch("/api/v1/resources/" + id).header("Authorization", token)
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"partTimePercent\":150}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("partTimePercent"));
	}

	@Test
	void aStaleAllocationChangeAnswers412() throws Exception {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		String token = "Bearer " + this.people.tokenOf(pmo);
		long allocation = this.resources.allocate(this.resources.bareProfile(), null, this.resources.squad("S"), MONDAY,
				MONDAY.plusWeeks(4), true, "50");
		String change = "{\"firstDay\":\"2032-03-01\",\"lastDay\":\"2032-04-30\",\"loadKind\":\"PERCENT\","
				+ "\"loadValue\":40}";
		this.mvc
			.perform(put("/api/v1/allocations/" + allocation).header("Authorization", token)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.loadValue").value(40.0));
		this.mvc
			.perform(put("/api/v1/allocations/" + allocation).header("Authorization", token)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(change.replace("40}", "90}")))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(get("/api/v1/allocations/" + allocation).header("Authorization", token))
			.andExpect(jsonPath("$.loadValue").value(40.0));
	}

	@Test
	void lookingWritesNothing() throws Exception {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		String token = "Bearer " + this.people.tokenOf(pmo);
		long id = this.resources.bareProfile();
		long squad = this.resources.squad("Looked at");
		ResourcesFixtures.Staffing staffing = this.resources.staffing(
				this.portfolios.scene().project(this.portfolios.scene().portfolio().id(), Classification.PUBLIC).id(),
				"requested");
		AuditQuery all = new AuditQuery(null, null, null, 0, 50);
		long before = this.audit.count(ScreeningLevel.ENHANCED, all);
		for (String path : new String[] { "/api/v1/capacity?from=2032-01-01&to=2032-12-31",
				"/api/v1/capacity?groupBy=skill&granularity=month&from=2032-01-01&to=2032-12-31", "/api/v1/resources",
				"/api/v1/resources/" + id, "/api/v1/skills", "/api/v1/staffing-requests",
				"/api/v1/staffing-requests/" + staffing.requestId() + "/candidates",
				"/api/v1/squads/" + squad + "/composition" }) {
			this.mvc.perform(get(path).header("Authorization", token)).andExpect(status().isOk());
		}
		for (String page : new String[] { "/resources/capacity", "/resources", "/resources/" + id,
				"/resources/requests", "/resources/requests/" + staffing.requestId(), "/resources/composition",
				"/resources/squads/" + squad, "/resources/requests/new" }) {
			this.mvc.perform(get(page).with(this.people.as(pmo))).andExpect(status().isOk());
		}
		assertThat(this.audit.count(ScreeningLevel.ENHANCED, all)).isEqualTo(before);
	}

	@Test
	void aRequestWithoutASkillNamesTheField() throws Exception {
		PersonSummary pm = this.people.person("pm", ScreeningLevel.ENHANCED);
		PortfolioScene scene = this.portfolios.scene();
		long project = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		this.mvc
			.perform(post("/api/v1/staffing-requests").header("Authorization", "Bearer " + this.people.tokenOf(pm))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"projectId\":" + project + ",\"minLevel\":3}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("skillId"));
	}

}
