package org.agilepmo.identity;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Password guessing is slowed per client address and per account with growing delays, not
 * a lock-out: a browser the person logged in on before is let through with the right
 * password while the account waits for everyone else. (The tests run with a first delay
 * of one minute, application-test.yml.)
 */
@PmoTest
class LoginThrottlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	MessageSource messages;

	@Test
	void failuresSpreadOverManyUsernamesFromOneAddressSlowThatAddress() throws Exception {
		String sprayer = newAddress();
		for (int i = 0; i < 11; i++) {
			this.mvc.perform(login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "Summer2024!", sprayer))
				.andExpect(unauthenticated());
		}
		PersonSummary olga = this.people.person("olga", ScreeningLevel.NONE);
		this.mvc.perform(login(olga.username(), IdentityFixtures.PASSWORD, sprayer))
			.andExpect(unauthenticated())
			.andExpect(header().string("Location", matchesPattern("/login\\?throttled=\\d+")));
		this.mvc.perform(login(olga.username(), IdentityFixtures.PASSWORD, newAddress()))
			.andExpect(authenticated().withUsername(olga.username()));
	}

	@Test
	void anAttackerCannotLockTheOwnerOutOfABrowserTheyUsedBefore() throws Exception {
		PersonSummary admin = this.people.person("root", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		MvcResult first = this.mvc.perform(login(admin.username(), IdentityFixtures.PASSWORD, newAddress()))
			.andExpect(authenticated())
			.andReturn();
		Cookie device = first.getResponse().getCookie("pmo_device");
		assertThat(device).as("a device cookie after a successful login").isNotNull();
		String attacker = newAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login(admin.username(), "guess-" + i, attacker)).andExpect(unauthenticated());
		}
		this.mvc.perform(login(admin.username(), IdentityFixtures.PASSWORD, newAddress()))
			.andExpect(unauthenticated())
			.andExpect(header().string("Location", matchesPattern("/login\\?throttled=\\d+")));
		this.mvc.perform(login(admin.username(), IdentityFixtures.PASSWORD, newAddress()).cookie(device))
			.andExpect(authenticated().withUsername(admin.username()));
	}

	@Test
	void aDeviceCookieOfSomeoneElseOrForgedCountsForNothing() throws Exception {
		PersonSummary pia = this.people.person("pia", ScreeningLevel.NONE);
		PersonSummary quin = this.people.person("quin", ScreeningLevel.NONE);
		Cookie piasDevice = this.mvc.perform(login(pia.username(), IdentityFixtures.PASSWORD, newAddress()))
			.andReturn()
			.getResponse()
			.getCookie("pmo_device");
		this.mvc.perform(login(quin.username(), "wrong-guess", newAddress())).andExpect(unauthenticated());
		Cookie forged = new Cookie("pmo_device", piasDevice.getValue()
			.replaceFirst("^[^.]+",
					java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(quin.username().getBytes())));
		for (Cookie cookie : new Cookie[] { piasDevice, forged }) {
			this.mvc.perform(login(quin.username(), IdentityFixtures.PASSWORD, newAddress()).cookie(cookie))
				.andExpect(unauthenticated());
		}
	}

	@Test
	void aWrongPasswordSaysHowLongToWait() throws Exception {
		PersonSummary rui = this.people.person("rui", ScreeningLevel.NONE);
		this.mvc.perform(login(rui.username(), "wrong-password", newAddress()))
			.andExpect(unauthenticated())
			.andExpect(header().string("Location", "/login?error&wait=60"));
		this.mvc.perform(login(rui.username(), IdentityFixtures.PASSWORD, newAddress()))
			.andExpect(header().string("Location", matchesPattern("/login\\?throttled=(60|59)")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar" })
	void theLoginPageTellsHowManySecondsToWaitInTheLanguage(String language) throws Exception {
		Locale locale = Locale.of(language);
		String throttled = this.messages.getMessage("login.throttled", new Object[] { 42L }, locale);
		String wait = this.messages.getMessage("login.wait", new Object[] { 17L }, locale);
		this.mvc.perform(get("/login").param("throttled", "42").param("lang", language))
			.andExpect(content().string(containsString(throttled)));
		this.mvc.perform(get("/login").param("error", "").param("wait", "17").param("lang", language))
			.andExpect(content().string(containsString(wait)));
	}

	@Test
	void onlyANumberOfSecondsIsShown() throws Exception {
		this.mvc.perform(get("/login").param("throttled", "call 555-0100 now"))
			.andExpect(content().string(not(containsString("555-0100"))));
	}

	private static final AtomicInteger ADDRESSES = new AtomicInteger(new Random().nextInt(1 << 20));

	/** An address no other test uses. */
	static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

	/** A login form post from the given client address. */
	static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
