package org.agilepmo.planning;

import java.math.BigDecimal;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An activity's budgeted cost belongs to the plan: set on the activity's POST and PATCH
 * and answered in its JSON, refused in the person's words, protected by the activity's
 * version, audited, kept by baselines, written to and read from MS Project's XML, and
 * read by other modules through {@link ActivityBudgets} and {@link PlanProgress}.
 */
@PmoTest
class BudgetedCostOfActivitiesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	AuditTrail audit;

	@Autowired
	ActivityBudgets budgets;

	@Autowired
	PlanProgress progress;

	PortfolioScene scene;

	long projectId;

	String base;

	@BeforeEach
	void aProjectStartingOnMonday() throws Exception {
		this.scene = this.portfolioFixtures.scene();
		this.projectId = this.scene.project(this.scene.portfolio().id(), Classification.RESTRICTED).id();
		this.base = "/api/v1/projects/" + this.projectId + "/plan";
		String etag = this.mvc.perform(as(get(this.base))).andReturn().getResponse().getHeader("ETag");
		this.mvc
			.perform(as(put(this.base)).header("If-Match", etag).content("{\"projectStart\":\"2026-11-02T08:00:00\"}"))
			.andExpect(status().isOk());
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	long activity(String json) throws Exception {
		MvcResult result = this.mvc.perform(as(post(this.base + "/activities")).content(json))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	String etag(long activity) throws Exception {
		return this.mvc.perform(as(get(this.base + "/activities/" + activity)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	@Test
	void thePostAndThePatchSetTheBudgetedCostAndTheActivityAnswersIt() throws Exception {
		MvcResult created = this.mvc
			.perform(as(post(this.base + "/activities"))
				.content("{\"name\":\"Design\",\"durationMinutes\":960,\"budgetedCost\":\"1250.5\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.budgetedCost").value("1250.50"))
			.andReturn();
		long design = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

		// A JSON number is read as written, to the cent.
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"budgetedCost\":900.25}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.budgetedCost").value("900.25"))
			.andExpect(jsonPath("$.name").value("Design"))
			.andExpect(jsonPath("$.durationMinutes").value(960));
		this.mvc.perform(as(get(this.base + "/activities/" + design)))
			.andExpect(jsonPath("$.budgetedCost").value("900.25"));
		// A patch that does not name it keeps it; null removes it.
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"1\"")
				.content("{\"durationMinutes\":480}"))
			.andExpect(jsonPath("$.budgetedCost").value("900.25"));
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"2\"")
				.content("{\"budgetedCost\":null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budgetedCost").doesNotExist());
		assertThat(this.budgets.activities(actor(), this.projectId)).singleElement()
			.satisfies(a -> assertThat(a.budgetedCost()).isNull());
	}

	@Test
	void aNegativeOrNonNumericCostIsRefusedNamingTheActivityAndTheField() throws Exception {
		long design = activity("{\"name\":\"Site survey\",\"durationMinutes\":960,\"budgetedCost\":\"300\"}");
		for (String bad : new String[] { "\"-5\"", "-5", "\"twelve\"", "\"12.345\"" }) {
			this.mvc
				.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
					.content("{\"durationMinutes\":480,\"budgetedCost\":" + bad + "}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("budgetedCost"))
				.andExpect(jsonPath("$.detail").value(allOf(containsString("Budgeted cost"),
						containsString("“Site survey”"), containsString("0 or more"))));
		}
		this.mvc
			.perform(as(post(this.base + "/activities"))
				.content("{\"name\":\"Catering\",\"durationMinutes\":480,\"budgetedCost\":\"-1\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("“Catering”")));
		// Nothing half-written: neither the duration nor the cost changed, no activity
		// added.
		this.mvc.perform(as(get(this.base + "/activities/" + design)))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.durationMinutes").value(960))
			.andExpect(jsonPath("$.budgetedCost").value("300.00"));
		assertThat(this.budgets.activities(actor(), this.projectId)).hasSize(1);
	}

	@Test
	void aSummaryHasNoCostOfItsOwn() throws Exception {
		long phase = activity("{\"name\":\"Phase\",\"kind\":\"SUMMARY\"}");
		this.mvc
			.perform(as(patch(this.base + "/activities/" + phase)).header("If-Match", "\"0\"")
				.content("{\"budgetedCost\":\"10\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("“Phase” is a summary")));
	}

	@Test
	void twoChangesBasedOnTheSameVersionCannotBothWin() throws Exception {
		long design = activity("{\"name\":\"Design\",\"durationMinutes\":960}");
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"budgetedCost\":\"1000\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"budgetedCost\":\"2000\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(get(this.base + "/activities/" + design)))
			.andExpect(jsonPath("$.budgetedCost").value("1000.00"));

		// The same through the published API, as finance sets it.
		long build = activity("{\"name\":\"Build\",\"durationMinutes\":960}");
		ActivityBudgets.BudgetedActivity first = this.identity.actingAs(this.scene.officer(),
				() -> this.budgets.budget(actor(), this.projectId, build, 0, new BigDecimal("500")));
		assertThat(first.version()).isEqualTo(1);
		assertThatThrownBy(() -> this.identity.actingAs(this.scene.officer(),
				() -> this.budgets.budget(actor(), this.projectId, build, 0, new BigDecimal("700"))))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.budgets.activities(actor(), this.projectId)).filteredOn(a -> a.activityId() == build)
			.singleElement()
			.satisfies(a -> assertThat(a.budgetedCost()).isEqualByComparingTo("500"));
	}

	@Test
	void settingTheCostIsAuditedWithItsBeforeAndAfter() throws Exception {
		long design = activity("{\"name\":\"Design\",\"durationMinutes\":960}");
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", "\"0\"")
				.content("{\"budgetedCost\":\"1000\"}"))
			.andExpect(status().isOk());
		var entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("plan-activity", String.valueOf(design), null, 0, 50));
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("plan-activity.budgeted");
			assertThat(e.summary()).isEqualTo("Design: 1000.00");
			assertThat(e.after()).contains("1000.00");
		});
	}

	@Test
	void someoneWhoMayOnlyReadThePlanCannotSetTheCost() throws Exception {
		long design = activity("{\"name\":\"Design\",\"durationMinutes\":960,\"budgetedCost\":\"10\"}");
		PersonSummary reader = this.scene.person("reader", ScreeningLevel.ENHANCED);
		this.scene.giveProjectRole(this.projectId, reader, ProjectRole.VIEWER);
		this.mvc
			.perform(patch(this.base + "/activities/" + design).with(this.identity.as(reader))
				.contentType(MediaType.APPLICATION_JSON)
				.header("If-Match", "\"0\"")
				.content("{\"budgetedCost\":\"99\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/activities/" + design).with(this.identity.as(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.budgetedCost").value("10.00"));
	}

	@Test
	void aBaselineKeepsEachActivitysCostAndProgressReportsBoth() throws Exception {
		long design = activity("{\"name\":\"Design\",\"durationMinutes\":960,\"budgetedCost\":\"1000\"}");
		long later = activity("{\"name\":\"Later\",\"durationMinutes\":480}");
		this.mvc.perform(as(post(this.base + "/baselines")).content("{\"name\":\"Original\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(as(patch(this.base + "/activities/" + design)).header("If-Match", etag(design))
				.content("{\"budgetedCost\":\"1500\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(as(patch(this.base + "/activities/" + later)).header("If-Match", etag(later))
				.content("{\"budgetedCost\":\"200\"}"))
			.andExpect(status().isOk());

		var plan = this.progress.progress(this.projectId, "Original", actor()).orElseThrow();
		var d = plan.activities().stream().filter(a -> a.id() == design).findFirst().orElseThrow();
		var l = plan.activities().stream().filter(a -> a.id() == later).findFirst().orElseThrow();
		assertThat(d.baselineBudgetedCost()).isEqualByComparingTo("1000");
		assertThat(d.budgetedCost()).isEqualByComparingTo("1500");
		assertThat(d.budgetAtCompletion()).isEqualByComparingTo("1000");
		// Budgeted after the baseline was saved: measured at its cost now.
		assertThat(l.baselineBudgetedCost()).isNull();
		assertThat(l.budgetAtCompletion()).isEqualByComparingTo("200");
	}

	@Test
	void msProjectXmlCarriesTheCostBothWays() throws Exception {
		activity("{\"name\":\"Design\",\"durationMinutes\":960,\"budgetedCost\":\"1234.56\"}");
		activity("{\"name\":\"Unpriced\",\"durationMinutes\":480}");
		byte[] xml = this.mvc.perform(as(get(this.base + "/export?format=MSPDI")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("<FixedCost>");

		long other = this.scene.project(this.scene.portfolio().id(), Classification.RESTRICTED).id();
		this.mvc
			.perform(multipart("/api/v1/projects/" + other + "/plan/import")
				.file(new MockMultipartFile("file", "plan.xml", "application/xml", xml))
				.with(this.identity.as(this.scene.officer())))
			.andExpect(status().isOk());
		var imported = this.budgets.activities(actor(), other);
		assertThat(imported).extracting(ActivityBudgets.BudgetedActivity::name).containsExactly("Design", "Unpriced");
		assertThat(imported.get(0).budgetedCost()).isEqualByComparingTo("1234.56");
		assertThat(imported.get(1).budgetedCost()).isNull();
	}

	private org.agilepmo.shared.Actor actor() {
		return IdentityFixtures.actor(this.scene.officer());
	}

}
