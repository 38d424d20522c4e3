package org.agilepmo.organisation;

import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation chart shows a squad in a tribe in a directorate: three levels deep.
 */
@PmoTest
class DeepOrganisationChartTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void everySquadThreeLevelsDownIsShown() throws Exception {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		String squadName = "Squad " + UUID.randomUUID().toString().substring(0, 6);
		this.people.actingAs(admin, () -> {
			OrgUnitDetails top = this.organisation.create(new NewUnit(code(), "Top", UnitType.DIRECTORATE, null, null));
			for (int t = 0; t < 2; t++) {
				OrgUnitDetails tribe = this.organisation
					.create(new NewUnit(code(), "Tribe " + t, UnitType.TRIBE, top.id(), null));
				for (int s = 0; s < 2; s++) {
					this.organisation.create(new NewUnit(code(), squadName + t + s, UnitType.SQUAD, tribe.id(), null));
				}
			}
		});
		this.mvc.perform(get("/organisation").with(this.people.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(squadName + "00")))
			.andExpect(content().string(containsString(squadName + "11")));
	}

	private static String code() {
		return ("O-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
	}

}
