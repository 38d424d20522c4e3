package org.agilepmo.identity;

import java.util.Set;

import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/** Creating accounts and issuing tokens; every change is audited. */
public interface AccountManagement {

	/** Creates an account, or fails naming the field at fault (a taken username, say). */
	PersonSummary create(NewAccount account);

	/** Every account, by name (administrators). */
	java.util.List<AccountDetails> list();

	AccountDetails details(long id);

	/**
	 * Changes name, e-mail, screening, roles and whether the account may sign in
	 * (administrators); fails with a stale version. Administrators cannot take their own
	 * administrator role away or disable themselves, so that the platform always keeps
	 * one.
	 */
	AccountDetails update(long id, long expectedVersion, AccountChange change);

	/**
	 * Sets a new password on an existing account (used by start-up bootstrap and demo
	 * mode).
	 */
	void resetPassword(String username, String rawPassword);

	/**
	 * A person changes their own password: the current one must be right (field
	 * {@code currentPassword}) and the new one must keep the password rule (field
	 * {@code newPassword}).
	 */
	void changeOwnPassword(long accountId, String currentPassword, String newPassword);

	/**
	 * Issues a personal API token for the given account; the returned plain text is shown
	 * once and only its hash is kept.
	 */
	IssuedToken issueToken(long accountId, String name);

	/**
	 * Stores a token chosen by the operator (the bootstrap token), replacing one of the
	 * same name.
	 */
	void installToken(long accountId, String name, String plainToken);

	void revokeToken(long accountId, long tokenId);

	/**
	 * A person chooses the language the platform writes to them in outside a page
	 * (e-mail, documents sent to them): one of the platform's languages, else the field
	 * {@code language} is refused.
	 */
	void chooseLanguage(long accountId, java.util.Locale language);

	record NewAccount(String username, String displayName, String email, String rawPassword, ScreeningLevel screening,
			Set<GlobalRole> roles, boolean demo) {
	}

	/** Fields left {@code null} are kept. */
	record AccountChange(String displayName, String email, ScreeningLevel screening, Set<GlobalRole> roles,
			Boolean enabled) {
	}

	record IssuedToken(long id, String name, String plainText) {
	}

}
