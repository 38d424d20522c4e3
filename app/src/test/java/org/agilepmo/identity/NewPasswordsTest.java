package org.agilepmo.identity;

import java.util.EnumSet;
import java.util.Locale;

import org.agilepmo.identity.AccountManagement.NewAccount;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * New passwords follow OWASP ASVS 5.0 V6: at least 12 characters, long phrases in any
 * script welcome, common and breached passwords refused; wherever a password is set.
 */
@PmoTest
class NewPasswordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@ValueSource(strings = { "password", "12345678", "aaaaaaaa", "eleven-char" })
	void theAccountFormRefusesAShortPasswordAndShowsTheFormAgain(String weak) throws Exception {
		create(weak, "en").andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("must have at least 12 characters")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar" })
	void theAccountFormRefusesACommonPasswordSayingWhyInTheLanguage(String language) throws Exception {
		String reason = this.messages.getMessage("account.password.common", null, Locale.of(language));
		create("Password1234", language).andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString(reason)));
	}

	@Test
	void theApiNamesThePasswordFieldAndTheReason() throws Exception {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.mvc
			.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + this.people.tokenOf(admin))
				.contentType("application/json")
				.content("{\"username\":\"weak-" + System.nanoTime()
						+ "\",\"displayName\":\"Weak\",\"password\":\"qwerty123456\",\"screening\":\"NONE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("common")));
	}

	@Test
	void aPasswordChangeKeepsTheSameRule() {
		PersonSummary lea = this.people.person("lea", ScreeningLevel.NONE);
		assertThatThrownBy(() -> this.accounts.resetPassword(lea.username(), "iloveyou1234"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.field()).isEqualTo("password");
				assertThat(ex.messageKey()).isEqualTo("account.password.common");
			});
		assertThatThrownBy(() -> this.accounts.resetPassword(lea.username(), "12345678")).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.messageKey()).isEqualTo("account.password.tooShort"));
	}

	@Test
	void aPersonChangingTheirPasswordIsHeldToTheRuleAndShownTheFormAgain() throws Exception {
		PersonSummary max = this.people.person("max", ScreeningLevel.NONE);
		this.mvc
			.perform(post("/account/password").param("currentPassword", IdentityFixtures.PASSWORD)
				.param("newPassword", "qwertyuiop123")
				.param("lang", "fr")
				.with(this.people.as(max))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"new-password-error\"")))
			.andExpect(content()
				.string(containsString(this.messages.getMessage("account.password.common", null, Locale.FRENCH))));
		this.mvc
			.perform(post("/account/password").param("currentPassword", "not-my-password")
				.param("newPassword", "a fresh and long phrase")
				.with(this.people.as(max))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"current-password-error\"")));
		this.mvc
			.perform(post("/account/password").param("currentPassword", IdentityFixtures.PASSWORD)
				.param("newPassword", "a fresh and long phrase")
				.with(this.people.as(max))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(max.username()).password("a fresh and long phrase"))
			.andExpect(authenticated());
	}

	@Test
	void aLongPassphraseInAnyScriptIsAcceptedAndSignsIn() throws Exception {
		String phrase = "كلمة مرور طويلة جدا لا ينساها صاحبها أبدا، حتى بعد سنوات كثيرة!!"; // 64
																							// characters
		assertThat(phrase.codePointCount(0, phrase.length())).isEqualTo(64);
		String username = "phrase-" + System.nanoTime();
		this.accounts.create(new NewAccount(username, "Phrase", null, phrase, ScreeningLevel.NONE,
				EnumSet.of(GlobalRole.MEMBER), false));
		this.mvc.perform(formLogin().user(username).password(phrase)).andExpect(authenticated());
	}

	@Test
	void aPasswordLongerThan128CharactersIsRefused() {
		assertThatThrownBy(() -> this.accounts.create(new NewAccount("long-" + System.nanoTime(), "Long", null,
				"x".repeat(129), ScreeningLevel.NONE, EnumSet.of(GlobalRole.MEMBER), false)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.password.tooLong"));
	}

	private org.springframework.test.web.servlet.ResultActions create(String password, String language)
			throws Exception {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		return this.mvc.perform(post("/admin/accounts/new").param("lang", language)
			.param("username", "new-" + System.nanoTime())
			.param("displayName", "New person")
			.param("password", password)
			.param("screening", "NONE")
			.with(this.people.as(admin))
			.with(csrf()));
	}

}
