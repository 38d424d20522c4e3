package org.agilepmo.organisation;

import java.util.UUID;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PmoTest
class OrgUnitApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	AuditTrail audit;

	String adminToken;

	@BeforeEach
	void administrator() {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.adminToken = "Bearer " + this.people.tokenOf(admin);
	}

	@Test
	void createThenReadWithItsETag() throws Exception {
		String code = code();
		MvcResult created = this.mvc
			.perform(post("/api/v1/organisation/units").header("Authorization", this.adminToken)
				.contentType("application/json")
				.content("{\"code\":\"" + code + "\",\"name\":\"Finance\",\"type\":\"DIRECTORATE\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().string("Location", containsString("/api/v1/organisation/units/")))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		this.mvc.perform(get(location).header("Authorization", this.adminToken))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.type").value("DIRECTORATE"));
	}

	@Test
	void anUpdateWithoutIfMatchIsRefusedWith428() throws Exception {
		long id = create();
		this.mvc
			.perform(patch("/api/v1/organisation/units/" + id).header("Authorization", this.adminToken)
				.contentType("application/json")
				.content("{\"name\":\"New name\"}"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	@Test
	void aStaleIfMatchIsRefusedWith412AndNothingIsOverwritten() throws Exception {
		long id = create();
		this.mvc
			.perform(patch("/api/v1/organisation/units/" + id).header("Authorization", this.adminToken)
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"name\":\"First edit\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc
			.perform(patch("/api/v1/organisation/units/" + id).header("Authorization", this.adminToken)
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"name\":\"Stale edit\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc.perform(get("/api/v1/organisation/units/" + id).header("Authorization", this.adminToken))
			.andExpect(jsonPath("$.name").value("First edit"));
	}

	@Test
	void eachInvalidFieldIsNamedAndNothingIsWritten() throws Exception {
		long before = this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery("org-unit", null, null, 0, 1));
		this.mvc
			.perform(post("/api/v1/organisation/units").header("Authorization", this.adminToken)
				.contentType("application/json")
				.content("{\"code\":\"x\",\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("type")));
		this.mvc
			.perform(post("/api/v1/organisation/units").header("Authorization", this.adminToken)
				.contentType("application/json")
				.content("{\"code\":\"" + code() + "\",\"name\":\"Ok\",\"type\":\"GALAXY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		this.mvc
			.perform(post("/api/v1/organisation/units").header("Authorization", this.adminToken)
				.contentType("application/json")
				.content("{\"code\":\"" + code() + "\",\"name\":\"Squad at the top\",\"type\":\"SQUAD\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		long after = this.audit.count(ScreeningLevel.ENHANCED, new AuditQuery("org-unit", null, null, 0, 1));
		assertThat(after).isEqualTo(before);
	}

	@Test
	void eachWriteIsAuditedOnceWithBeforeAndAfter() throws Exception {
		long id = create();
		this.mvc
			.perform(patch("/api/v1/organisation/units/" + id).header("Authorization", this.adminToken)
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"name\":\"Renamed\"}"))
			.andExpect(status().isOk());
		var entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery("org-unit", String.valueOf(id), null, 0, 10));
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).action()).isEqualTo("org-unit.updated");
		assertThat(entries.get(0).before()).contains("\"name\":\"Planning\"");
		assertThat(entries.get(0).after()).contains("\"name\":\"Renamed\"");
		assertThat(entries.get(1).action()).isEqualTo("org-unit.created");
		assertThat(entries.get(1).before()).isNull();
	}

	@Test
	void aMemberMayReadButNotChangeTheOrganisation() throws Exception {
		PersonSummary member = this.people.person("member", ScreeningLevel.NONE);
		String token = "Bearer " + this.people.tokenOf(member);
		this.mvc.perform(get("/api/v1/organisation/units").header("Authorization", token)).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/organisation/units").header("Authorization", token)
				.contentType("application/json")
				.content("{\"code\":\"" + code() + "\",\"name\":\"Mine\",\"type\":\"DIRECTORATE\"}"))
			.andExpect(status().isForbidden());
	}

	private long create() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/organisation/units").header("Authorization", this.adminToken)
				.contentType("application/json")
				.content("{\"code\":\"" + code() + "\",\"name\":\"Planning\",\"type\":\"DIRECTORATE\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String code() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
