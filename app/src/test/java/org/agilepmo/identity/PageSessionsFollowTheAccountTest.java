package org.agilepmo.identity;

import java.util.Set;

import org.agilepmo.identity.AccountManagement.AccountChange;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page session carries the person's rights as they are now: what an administrator
 * changes applies to the session's next request, and disabling ends the session and the
 * person's tokens.
 */
@PmoTest
class PageSessionsFollowTheAccountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TokenDirectory tokens;

	@Test
	void anAdministratorLoweredToMemberLosesTheAdministrationPagesInTheOpenSession() throws Exception {
		PersonSummary ines = this.people.person("ines", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		MockHttpSession session = signIn(ines);
		this.mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/accounts\"")));

		change(ines, new AccountChange(null, null, ScreeningLevel.NONE, Set.of(GlobalRole.MEMBER), null));

		this.mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/accounts\""))));
	}

	@Test
	void aDisabledPersonsSessionIsEndedAndCannotCreateAToken() throws Exception {
		PersonSummary jon = this.people.person("jon", ScreeningLevel.BASIC);
		MockHttpSession session = signIn(jon);
		this.mvc.perform(get("/account").session(session)).andExpect(status().isOk());

		change(jon, new AccountChange(null, null, null, null, false));

		this.mvc.perform(post("/account/tokens").param("name", "after-disable").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(session.isInvalid()).as("the session is ended").isTrue();
		assertThat(this.tokens.tokensOf(jon.id())).isEmpty();
	}

	@Test
	void disablingAnAccountRevokesItsTokensForGood() throws Exception {
		PersonSummary kim = this.people.person("kim", ScreeningLevel.NONE);
		String token = this.people.tokenOf(kim);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		change(kim, new AccountChange(null, null, null, null, false));
		change(kim, new AccountChange(null, null, null, null, true));

		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		assertThat(this.tokens.tokensOf(kim.id())).noneMatch(ApiTokenView::active);
	}

	private MockHttpSession signIn(PersonSummary person) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(formLogin().user(person.username()).password(IdentityFixtures.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private void change(PersonSummary person, AccountChange change) {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.people.actingAs(admin,
				() -> this.accounts.update(person.id(), this.accounts.details(person.id()).version(), change));
	}

}
