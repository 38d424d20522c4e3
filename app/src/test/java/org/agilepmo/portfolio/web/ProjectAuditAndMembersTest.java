package org.agilepmo.portfolio.web;

import java.util.List;

import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.internal.PortfolioScene;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.PortfolioView;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every write to a project leaves exactly one audit entry, with its state before and
 * after and the project's classification; members follow the manager, sponsor and
 * business owner fields.
 */
@PmoTest
class ProjectAuditAndMembersTest {

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

	List<AuditEntryView> trail(long projectId) {
		return this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("project", String.valueOf(projectId), null, 0, 50));
	}

	@Test
	void eachWriteMakesExactlyOneEntryWithBeforeAndAfter() throws Exception {
		PersonSummary member = this.scene.person("member", ScreeningLevel.BASIC);
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.RESTRICTED);
		assertThat(trail(project.id())).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("project.created");
			assertThat(e.before()).isNull();
			assertThat(e.after()).contains(project.code());
			assertThat(e.classification()).isEqualTo("RESTRICTED");
		});

		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"name\":\"Renamed for audit\"}"))
			.andExpect(status().isOk());
		expectNewest(project.id(), 2, "project.updated", "Renamed for audit");

		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"1\"")
				.content("{\"stage\":\"SCOPING\",\"reason\":\"Go\"}"))
			.andExpect(status().isOk());
		expectNewest(project.id(), 3, "project.stage-changed", "SCOPING");

		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/health", project.id())).header("If-Match", "\"2\"")
				.content("{\"health\":\"RED\",\"reason\":\"Budget gone\"}"))
			.andExpect(status().isOk());
		expectNewest(project.id(), 4, "project.health-changed", "Budget gone");

		this.mvc
			.perform(asOfficer(put("/api/v1/projects/{id}/members/{person}", project.id(), member.id()))
				.header("If-Match", "\"3\"")
				.content("{\"role\":\"TEAM_MEMBER\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""));
		expectNewest(project.id(), 5, "project.member-added", member.id() + ":TEAM_MEMBER");

		this.mvc
			.perform(asOfficer(delete("/api/v1/projects/{id}/members/{person}", project.id(), member.id()))
				.header("If-Match", "\"4\""))
			.andExpect(status().isOk());
		expectNewest(project.id(), 6, "project.member-removed", project.code());
	}

	@Test
	void aRefusedWriteLeavesNoEntry() throws Exception {
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC);

		this.mvc
			.perform(asOfficer(post("/api/v1/projects/{id}/stage", project.id())).header("If-Match", "\"0\"")
				.content("{\"stage\":\"CLOSED\",\"reason\":\"Too early\"}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"7\"")
				.content("{\"name\":\"Stale\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"health\":\"AMBER\"}"))
			.andExpect(status().isUnprocessableContent());

		assertThat(trail(project.id())).hasSize(1);
	}

	@Test
	void theManagerSponsorAndBusinessOwnerFieldsKeepTheirMembershipsInStep() throws Exception {
		PersonSummary pm = this.scene.person("pm", ScreeningLevel.ENHANCED);
		PersonSummary sponsor = this.scene.person("sponsor", ScreeningLevel.ENHANCED);
		PersonSummary owner = this.scene.person("owner", ScreeningLevel.ENHANCED);
		PersonSummary nextPm = this.scene.person("nextpm", ScreeningLevel.ENHANCED);
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.PUBLIC,
				d -> PortfolioSceneDrafts.withPeople(d, pm.id(), sponsor.id(), owner.id()));

		assertThat(project.members()).extracting(m -> m.personId() + ":" + m.role())
			.containsExactlyInAnyOrder(pm.id() + ":PROJECT_MANAGER", sponsor.id() + ":SPONSOR", owner.id() + ":VIEWER");
		this.mvc
			.perform(asOfficer(delete("/api/v1/projects/{id}/members/{person}", project.id(), pm.id()))
				.header("If-Match", "\"0\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("role"));

		this.mvc
			.perform(asOfficer(patch("/api/v1/projects/{id}", project.id())).header("If-Match", "\"0\"")
				.content("{\"projectManagerId\":" + nextPm.id() + ",\"businessOwnerId\":null}"))
			.andExpect(status().isOk());

		ProjectView changed = this.scene.reload(project.id());
		assertThat(changed.members()).extracting(m -> m.personId() + ":" + m.role())
			.containsExactlyInAnyOrder(nextPm.id() + ":PROJECT_MANAGER", sponsor.id() + ":SPONSOR");
		this.mvc
			.perform(asOfficer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/projects/{id}/members", project.id())))
			.andExpect(jsonPath("$[*].personId", hasItem((int) nextPm.id())));
	}

	@Test
	void aMemberNeedsAScreeningThatClearsTheProject() throws Exception {
		PersonSummary unscreened = this.scene.person("unscreened", ScreeningLevel.NONE);
		ProjectView project = this.scene.project(this.portfolio.id(), Classification.RESTRICTED);

		this.mvc
			.perform(asOfficer(put("/api/v1/projects/{id}/members/{person}", project.id(), unscreened.id()))
				.header("If-Match", "\"0\"")
				.content("{\"role\":\"TEAM_MEMBER\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		assertThat(trail(project.id())).hasSize(1);
	}

	private void expectNewest(long projectId, int total, String action, String afterContains) {
		List<AuditEntryView> entries = trail(projectId);
		assertThat(entries).hasSize(total);
		AuditEntryView newest = entries.get(0);
		assertThat(newest.action()).isEqualTo(action);
		assertThat(newest.before()).isNotBlank();
		assertThat(newest.after()).isNotBlank().contains(afterContains);
		assertThat(newest.before()).isNotEqualTo(newest.after());
	}

}
