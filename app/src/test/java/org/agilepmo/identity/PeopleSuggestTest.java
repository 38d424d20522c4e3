package org.agilepmo.identity;

import org.agilepmo.identity.AccountManagement.AccountChange;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people picker's suggestions: active people whose name or username contains what was
 * typed, for anyone signed in, without their screening or roles; a disabled account is
 * not suggested.
 */
@PmoTest
class PeopleSuggestTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	AccountManagement accounts;

	@Test
	void activePeopleAreSuggestedByNameWithoutTheirScreening() throws Exception {
		PersonSummary asker = this.people.person("asker", ScreeningLevel.NONE);
		PersonSummary wanted = this.people.person("quetzal", ScreeningLevel.ENHANCED, GlobalRole.AUDITOR);
		PersonSummary gone = this.people.person("quetzal", ScreeningLevel.BASIC);
		this.people.actingAs(this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR),
				() -> this.accounts.update(gone.id(), this.accounts.details(gone.id()).version(),
						new AccountChange(null, null, null, null, false)));
		String body = this.mvc.perform(get("/api/v1/people/suggest").param("q", "QUETZAL").with(this.people.as(asker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains(wanted.username(), wanted.displayName())
			.doesNotContain(gone.username())
			.doesNotContain("ENHANCED")
			.doesNotContain("AUDITOR");
		assertThat(this.mvc.perform(get("/api/v1/people/suggest").param("q", " ").with(this.people.as(asker)))
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo("[]");
	}

}
