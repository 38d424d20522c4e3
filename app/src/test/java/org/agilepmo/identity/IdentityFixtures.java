package org.agilepmo.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.agilepmo.identity.AccountManagement.NewAccount;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds the people a test needs: accounts with roles and screening, signed in for
 * MockMvc, acting in service calls, or holding a personal API token.
 */
@TestComponent
public class IdentityFixtures {

	public static final String PASSWORD = "correct-horse-battery";

	private final AccountService accounts;

	private final AccountUserDetailsService users;

	IdentityFixtures(AccountService accounts, AccountUserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	/** A new person with a unique username starting with the given prefix. */
	public PersonSummary person(String prefix, ScreeningLevel screening, GlobalRole... roles) {
		Set<GlobalRole> set = EnumSet.of(GlobalRole.MEMBER);
		set.addAll(Set.of(roles));
		String username = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
		return this.accounts.create(new NewAccount(username, prefix + " " + username.substring(username.length() - 4),
				null, PASSWORD, screening, set, false));
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
		this.accounts.tokensOf(person.id()).forEach(t -> this.accounts.revokeToken(person.id(), t.id()));
	}

	/** Runs the work as the person, as a service call from a request of theirs would. */
	public <T> T actingAs(PersonSummary person, Callable<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		AccountPrincipal principal = (AccountPrincipal) this.users.loadUserByUsername(person.username());
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public void actingAs(PersonSummary person, Runnable work) {
		actingAs(person, () -> {
			work.run();
			return null;
		});
	}

}
