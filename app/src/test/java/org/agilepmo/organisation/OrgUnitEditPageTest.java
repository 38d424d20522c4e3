package org.agilepmo.organisation;

import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PmoTest
class OrgUnitEditPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void aStaleEditAnswers409KeepsTheInputAndOverwritesNothing() throws Exception {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		String code = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		OrgUnitDetails unit = this.people.actingAs(admin, () -> this.organisation
			.create(new OrganisationManagement.NewUnit(code, "Logistics", UnitType.DIRECTORATE, null, null)));
		this.mvc
			.perform(post("/organisation/units/" + unit.id() + "/edit").with(this.people.as(admin))
				.with(csrf())
				.param("code", code)
				.param("type", "DIRECTORATE")
				.param("name", "Logistics and Supply")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/organisation/units/" + unit.id() + "/edit").with(this.people.as(admin))
				.with(csrf())
				.param("code", code)
				.param("type", "DIRECTORATE")
				.param("name", "My stale name")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("My stale name")));
		assertThat(this.organisation.details(unit.id()).name()).isEqualTo("Logistics and Supply");
	}

	@Test
	void aFormWithErrorsNamesTheFieldAndWritesNothing() throws Exception {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		int before = this.organisation.all().size();
		this.mvc
			.perform(post("/organisation/units/new").with(this.people.as(admin))
				.with(csrf())
				.param("code", "")
				.param("name", "Nameless")
				.param("type", "DIRECTORATE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"code-error\"")));
		assertThat(this.organisation.all()).hasSize(before);
	}

}
