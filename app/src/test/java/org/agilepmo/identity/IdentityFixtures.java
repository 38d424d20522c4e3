package org.agilepmo.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.agilepmo.identity.AccountManagement.NewAccount;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The identity module's public test support: builds the people a test needs (accounts
 * with roles and screening), signed in for MockMvc, acting in service calls, or holding a
 * personal API token. Any module's tests may use it; it goes through the module's
 * published API only.
 */
@TestComponent
public class IdentityFixtures {

	public static final String PASSWORD = "correct-horse-battery";

	private final AccountManagement accounts;

	private final TokenDirectory tokens;

	private final UserDetailsService users;

	private final ActingAs actingAs;

	IdentityFixtures(AccountManagement accounts, TokenDirectory tokens, UserDetailsService users, ActingAs actingAs) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.users = users;
		this.actingAs = actingAs;
	}

	/** The person as the acting person that services take. */
	public static Actor actor(PersonSummary person) {
		return new Actor(person.id(), person.username(), person.displayName(), person.screening(), person.roles());
	}

	/** A new person with a unique username starting with the given prefix. */
	public PersonSummary person(String prefix, ScreeningLevel screening, GlobalRole... roles) {
		Set<GlobalRole> set = EnumSet.of(GlobalRole.MEMBER);
		set.addAll(Set.of(roles));
		String username = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
		return this.accounts.create(new NewAccount(username, prefix + " " + username.substring(username.length() - 4),
				null, PASSWORD, screening, set, false));
	}

	/**
	 * A new person with an e-mail address who reads the language given (e-mail and
	 * documents sent to them).
	 */
	public PersonSummary reachablePerson(String prefix, String email, java.util.Locale language,
			ScreeningLevel screening, GlobalRole... roles) {
		Set<GlobalRole> set = EnumSet.of(GlobalRole.MEMBER);
		set.addAll(Set.of(roles));
		String username = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
		PersonSummary person = this.accounts.create(new NewAccount(username,
				prefix + " " + username.substring(username.length() - 4), email, PASSWORD, screening, set, false));
		this.accounts.chooseLanguage(person.id(), language);
		return person;
	}

	/** Signs the request in as the person (session-style, for pages and MockMvc). */
	public RequestPostProcessor as(PersonSummary person) {
		return SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(person.username()));
	}

	/** A fresh personal API token of the person, for {@code Authorization: Bearer}. */
	public String tokenOf(PersonSummary person) {
		return this.accounts.issueToken(person.id(), "test").plainText();
	}

	/** The id of a fresh token of the person (to revoke it through a page, say). */
	public long tokenIdOf(PersonSummary person) {
		return this.accounts.issueToken(person.id(), "test").id();
	}

	public void revokeAll(PersonSummary person) {
		this.tokens.tokensOf(person.id()).forEach(t -> this.accounts.revokeToken(person.id(), t.id()));
	}

	/** Runs the work as the person, as a service call from a request of theirs would. */
	public <T> T actingAs(PersonSummary person, Callable<T> work) {
		List<T> result = new ArrayList<>(1);
		this.actingAs.run(person.username(), () -> {
			try {
				result.add(work.call());
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		return result.get(0);
	}

	public void actingAs(PersonSummary person, Runnable work) {
		actingAs(person, () -> {
			work.run();
			return null;
		});
	}

}
