package org.agilepmo.identity;

import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PmoTest
class SigningInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Test
	void aPersonLogsInWithTheirPassword() throws Exception {
		PersonSummary amina = this.people.person("amina", ScreeningLevel.BASIC);
		this.mvc.perform(formLogin().user(amina.username()).password(IdentityFixtures.PASSWORD))
			.andExpect(authenticated().withUsername(amina.username()));
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		PersonSummary bob = this.people.person("bob", ScreeningLevel.NONE);
		this.mvc.perform(LoginThrottlingTest.login(bob.username(), "wrong-password", LoginThrottlingTest.newAddress()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error&wait=60"));
	}

	@Test
	void afterAFailureTheAccountWaitsEvenWithTheRightPasswordFromAnUnknownBrowser() throws Exception {
		PersonSummary carl = this.people.person("carl", ScreeningLevel.NONE);
		this.mvc.perform(LoginThrottlingTest.login(carl.username(), "guess-0", LoginThrottlingTest.newAddress()))
			.andExpect(unauthenticated());
		this.mvc
			.perform(LoginThrottlingTest.login(carl.username(), IdentityFixtures.PASSWORD,
					LoginThrottlingTest.newAddress()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?throttled=*"));
	}

	@Test
	void anonymousPagesRedirectToLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousApiCallsAnswer401WithAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/projects"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	@Test
	void aRevokedTokenNoLongerWorks() throws Exception {
		PersonSummary dina = this.people.person("dina", ScreeningLevel.NONE);
		String token = this.people.tokenOf(dina);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.people.revokeAll(dina);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

}
