package org.agilepmo.portfolio.web;

import org.agilepmo.portfolio.ProjectDraft;
import java.util.stream.Stream;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.ProjectStageChanged;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.internal.PortfolioScene;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProgrammeView;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project API: creating, reading, changing with If-Match, moving through the
 * lifecycle; invalid input names the field and writes nothing.
 */
@PmoTest
@RecordApplicationEvents
class ProjectApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioService portfolioService;

	@Autowired
	ProjectService projectService;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	PortfolioScene scene;

	PortfolioView portfolio;

	@BeforeEach
	void scene() {
		this.scene = new PortfolioScene(this.identity, this.portfolioService, this.projectService);
		this.portfolio = this.scene.portfolio();
	}

	MockHttpServletRequestBuilder asOfficer(MockHttpServletRequestBuilder request) {
		return request.with(this.identity.as(this.scene.officer())).contentType(MediaType.APPLICATION_JSON);
	}

	String newProjectJson(String code) {
		return """
				{"code":"%s","name":"Case management system","description":"Replaces the paper files",
				 "type":"ICT","methodology":"HYBRID","classification":"RESTRICTED","portfolioId":%d,
				 "plannedStart":"2026-01-05","plannedFinish":"2026-12-18","tags":["Cases","cases"," Digital "]}
				""".formatted(code, this.portfolio.id());
	}

	long auditEntries(long projectId) {
		return this.audit.count(ScreeningLevel.ENHANCED,
				new AuditQuery("project", String.valueOf(projectId), null, 0, 50));
	}

	long allProjectAuditEntries() {
		return this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery("project", null, null, 0, 50));
	}

	@Test
	void creatingAProjectAnswers201WithLocationAndETag() throws Exception {
		String code = PortfolioScene.code("CMS");
		MvcResult result = this.mvc.perform(asOfficer(post("/api/v1/projects")).content(newProjectJson(code)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/projects/\\d+")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.stage").value("CONCEPT"))
			.andExpect(jsonPath("$.methodology").value("HYBRID"))
			.andExpect(jsonPath("$.health").value("GREEN"))
			.andExpect(jsonPath("$.plannedStart").value("2026-01-05"))
			.andExpect(jsonPath("$.tags", containsInAnyOrder("cases", "digital")))
			.andExpect(jsonPath("$.allowedNextStages", containsInAnyOrder("SCOPING", "ON_HOLD", "CANCELLED")))
			.andReturn();
		String location = result.getResponse().getHeader("Location");

		this.mvc.perform(asOfficer(get(location)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.name").value("Case management system"))
			.andExpect(jsonPath("$.portfolioId").value(this.portfolio.id()))
			.andExpect(jsonPath("$.createdAt").isNotEmpty());
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(auditEntries(id)).isEqualTo(1);
	}

	@Test
	void patchWithTheCurrentETagChangesOnlyWhatWasSent() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"name\":\"Renamed\",\"health\":\"AMBER\",\"healthReason\":\"Supplier late\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("Renamed"))
			.andExpect(jsonPath("$.health").value("AMBER"))
			.andExpect(jsonPath("$.code").value(project.code()))
			.andExpect(jsonPath("$.description").value(project.description()))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(auditEntries(project.id())).isEqualTo(2);
	}

	@Test
	void aStaleIfMatchAnswers412AndChangesNothing() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"name\":\"First edit\"}"))
			.andExpect(status().isOk());

		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"name\":\"Lost update\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(header().string("ETag", "\"1\""));

		ProjectView stored = this.scene.reload(project.id());
		assertThat(stored.name()).isEqualTo("First edit");
		assertThat(stored.version()).isEqualTo(1);
		assertThat(auditEntries(project.id())).isEqualTo(2);
	}

	@Test
	void aChangeWithoutIfMatchAnswers428() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).content("{\"name\":\"No match\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/stage", project.id()))
				.content("{\"stage\":\"SCOPING\",\"reason\":\"ready\"}"))
			.andExpect(status().isPreconditionRequired());
		assertThat(this.scene.reload(project.id()).name()).isEqualTo(project.name());
		assertThat(auditEntries(project.id())).isEqualTo(1);
	}

	static Stream<Arguments> invalidNewProjects() {
		return Stream.of(Arguments.of("code", "\"code\":\"lower-case\"", 400),
				Arguments.of("code", "\"code\":\"X\"", 400), Arguments.of("name", "\"name\":\"  \"", 400),
				Arguments.of("name", "\"name\":\"" + "n".repeat(201) + "\"", 400),
				Arguments.of("description", "\"description\":\"" + "d".repeat(4001) + "\"", 400),
				Arguments.of("type", "\"type\":\"SPACE_PROGRAMME\"", 400), Arguments.of("type", "\"type\":null", 400),
				Arguments.of("classification", "\"classification\":\"SECRET\"", 400),
				Arguments.of("portfolioId", "\"portfolioId\":null", 400),
				Arguments.of("plannedStart", "\"plannedStart\":\"05/01/2026\"", 400),
				Arguments.of("plannedFinish", "\"plannedFinish\":\"2025-12-31\"", 422),
				Arguments.of("healthReason", "\"health\":\"RED\"", 422),
				Arguments.of("healthReason", "\"health\":\"AMBER\",\"healthReason\":\" \"", 422),
				Arguments.of("tags", "\"tags\":["
						+ "\"t1\",\"t2\",\"t3\",\"t4\",\"t5\",\"t6\",\"t7\",\"t8\",\"t9\",\"t10\","
						+ "\"t11\",\"t12\",\"t13\",\"t14\",\"t15\",\"t16\",\"t17\",\"t18\",\"t19\",\"t20\",\"t21\"]",
						422),
				Arguments.of("tags[0]", "\"tags\":[\"" + "t".repeat(41) + "\"]", 400),
				Arguments.of("sponsorId", "\"sponsorId\":999999999", 422),
				Arguments.of("projectManagerId", "\"projectManagerId\":999999998", 422),
				Arguments.of("squadIds", "\"squadIds\":[999999997]", 422),
				Arguments.of("portfolioId", "\"portfolioId\":999999996", 422));
	}

	@ParameterizedTest(name = "{0} ({1}) → {2}")
	@MethodSource("invalidNewProjects")
	void anInvalidFieldIsNamedAndNothingIsWritten(String field, String override, int status) throws Exception {
		String code = PortfolioScene.code("BAD");
		String json = """
				{"code":"%s","name":"Bad","type":"ICT","classification":"PUBLIC","portfolioId":%d,
				 "plannedStart":"2026-01-05","plannedFinish":"2026-03-01",%s}
				""".formatted(code, this.portfolio.id(), override);
		long auditBefore = allProjectAuditEntries();

		this.mvc.perform(asOfficer(post("/api/v1/projects")).content(json))
			.andExpect(status().is(status))
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));

		assertThat(allProjectAuditEntries()).isEqualTo(auditBefore);
		this.mvc.perform(asOfficer(get("/api/v1/projects")).param("q", code))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void aProgrammeOfAnotherPortfolioIsRefused() throws Exception {
		ProgrammeView elsewhere = this.scene.programme(this.scene.portfolio().id());
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"programmeId\":" + elsewhere.id() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("programmeId"));
		ProgrammeView own = this.scene.programme(this.portfolio.id());
		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"programmeId\":" + own.id() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programmeId").value(own.id()));
	}

	@Test
	void movingAProjectToTheNextStageRecordsItsHistory() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"0\"")
				.content("{\"stage\":\"SCOPING\",\"reason\":\"Concept note approved\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.stage").value("SCOPING"))
			.andExpect(
					jsonPath("$.allowedNextStages", containsInAnyOrder("CONCEPT", "PLANNING", "ON_HOLD", "CANCELLED")));

		this.mvc.perform(asOfficer(get("/api/v1/projects/{id}/stage-history", project.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].from").value("CONCEPT"))
			.andExpect(jsonPath("$[0].to").value("SCOPING"))
			.andExpect(jsonPath("$[0].reason").value("Concept note approved"))
			.andExpect(jsonPath("$[0].changedBy").value(this.scene.officer().id()));
		assertThat(this.events.stream(ProjectStageChanged.class)).singleElement().satisfies(event -> {
			assertThat(event.projectId()).isEqualTo(project.id());
			assertThat(event.from()).isEqualTo(Stage.CONCEPT);
			assertThat(event.to()).isEqualTo(Stage.SCOPING);
			assertThat(event.reason()).isEqualTo("Concept note approved");
		});
	}

	@Test
	void theOpenApiDocumentDescribesTheProjectApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/projects/{id}/stage'].post.summary").isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/v1/portfolios'].get.tags[0]").value("Portfolios"))
			.andExpect(jsonPath("$.components.schemas.ProjectPatch.properties.healthReason").exists());
	}

	@Test
	void aStageTheProjectMayNotReachIsRefusedOnTheStageField() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"0\"")
				.content("{\"stage\":\"EXECUTION\",\"reason\":\"skip ahead\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"0\"")
				.content("{\"stage\":\"LAUNCHED\",\"reason\":\"no such stage\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"0\"")
				.content("{\"stage\":\"SCOPING\",\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(this.scene.reload(project.id()).stage().name()).isEqualTo("CONCEPT");
		assertThat(auditEntries(project.id())).isEqualTo(1);
	}

	@Test
	void listsFilterSearchSortAndPage() throws Exception {
		String marker = PortfolioScene.code("ZEBRA").toLowerCase();
		this.scene.project(this.portfolio.id(), Classification.PUBLIC,
				d -> withNameAndTags(d, "Alpha " + marker, "finance"));
		this.scene.project(this.portfolio.id(), Classification.PUBLIC,
				d -> withNameAndTags(d, "Bravo " + marker, "finance"));
		ProjectView charlie = this.scene.project(this.portfolio.id(), Classification.PUBLIC,
				d -> withNameAndTags(d, "Charlie " + marker, "hr"));

		this.mvc
			.perform(asOfficer(get("/api/v1/projects")).param("portfolio", String.valueOf(this.portfolio.id()))
				.param("sort", "name,desc")
				.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[0].name").value("Charlie " + marker))
			.andExpect(jsonPath("$.items[1].name").value("Bravo " + marker));
		this.mvc
			.perform(asOfficer(get("/api/v1/projects")).param("portfolio", String.valueOf(this.portfolio.id()))
				.param("sort", "name,desc")
				.param("size", "2")
				.param("page", "1"))
			.andExpect(jsonPath("$.items[0].name").value("Alpha " + marker));
		this.mvc.perform(asOfficer(get("/api/v1/projects")).param("q", marker.toUpperCase()))
			.andExpect(jsonPath("$.totalItems").value(3));
		this.mvc
			.perform(asOfficer(get("/api/v1/projects")).param("portfolio", String.valueOf(this.portfolio.id()))
				.param("tag", "FINANCE"))
			.andExpect(jsonPath("$.totalItems").value(2));
		this.mvc
			.perform(asOfficer(get("/api/v1/projects")).param("portfolio", String.valueOf(this.portfolio.id()))
				.param("stage", "CONCEPT")
				.param("type", "ICT")
				.param("methodology", "SCRUM")
				.param("classification", "PUBLIC")
				.param("health", "GREEN")
				.param("tag", "hr"))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(charlie.id()));
		this.mvc
			.perform(asOfficer(get("/api/v1/projects")).param("portfolio", String.valueOf(this.portfolio.id()))
				.param("stage", "EXECUTION"))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void badListParametersAnswer400() throws Exception {
		this.mvc.perform(asOfficer(get("/api/v1/projects")).param("size", "201")).andExpect(status().isBadRequest());
		this.mvc.perform(asOfficer(get("/api/v1/projects")).param("sort", "secret,asc"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(asOfficer(get("/api/v1/projects")).param("stage", "NOWHERE"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPersonalTokenWorksForTheApi() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);
		String token = this.identity.tokenOf(this.scene.officer());

		this.mvc.perform(get("/api/v1/projects/{id}", project.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(project.code()));
	}

	static org.agilepmo.portfolio.ProjectDraft withNameAndTags(org.agilepmo.portfolio.ProjectDraft d, String name,
			String tag) {
		return new org.agilepmo.portfolio.ProjectDraft(d.code(), name, d.description(), d.type(), d.methodology(),
				d.classification(), d.portfolioId(), d.programmeId(), d.sponsorId(), d.businessOwnerId(),
				d.projectManagerId(), d.squadIds(), d.plannedStart(), d.plannedFinish(), d.health(), d.healthReason(),
				java.util.List.of(tag));
	}

}
