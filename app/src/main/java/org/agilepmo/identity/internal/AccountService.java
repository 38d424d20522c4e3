package org.agilepmo.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.AccountDetails;
import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.ApiTokenView;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonContact;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.identity.TokenDirectory;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements People, AccountManagement, TokenDirectory {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final PasswordPolicy policy;

	AccountService(Accounts accounts, ApiTokens tokens, PasswordEncoder passwords, AuditTrail audit,
			PasswordPolicy policy) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.audit = audit;
		this.policy = policy;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonSummary> find(long id) {
		return this.accounts.findById(id).map(Account::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonSummary> findByUsername(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(Account::toSummary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonContact> contact(long id) {
		return this.accounts.findById(id).filter(Account::enabled).map(Account::toContact);
	}

	@Override
	@Transactional
	public void chooseLanguage(long accountId, java.util.Locale language) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("account", accountId));
		String tag = (language == null) ? "" : language.getLanguage();
		if (!java.util.Set.of("en", "fr", "es", "ar").contains(tag)) {
			throw new RuleViolationException("language", "account.language.unknown",
					"Choose one of the platform's languages.");
		}
		String before = account.preferredLanguage();
		if (tag.equals(before)) {
			return;
		}
		account.preferLanguage(tag);
		this.audit.record(new AuditRecord("account.language-chosen", "account", String.valueOf(accountId),
				Classification.PUBLIC, null, java.util.Collections.singletonMap("language", before),
				java.util.Map.of("language", tag)));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, PersonSummary> findAll(Collection<Long> ids) {
		Map<Long, PersonSummary> found = new HashMap<>();
		for (Account a : this.accounts.findAllById(ids)) {
			found.put(a.id(), a.toSummary());
		}
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonSummary> listEnabled() {
		return this.accounts.findByEnabledTrueOrderByDisplayName().stream().map(Account::toSummary).toList();
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public List<AccountDetails> list() {
		return this.accounts.findAll(Sort.by("displayName")).stream().map(Account::toDetails).toList();
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public AccountDetails details(long id) {
		return this.accounts.findById(id)
			.map(Account::toDetails)
			.orElseThrow(() -> new NotFoundException("account", id));
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public AccountDetails update(long id, long expectedVersion, AccountChange change) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
		Versioned.check("account", id, expectedVersion, account.version());
		Account.Snapshot before = account.snapshot();
		boolean self = CurrentActor.find().map(a -> a.id() == id).orElse(false);
		if (change.displayName() != null) {
			if (change.displayName().isBlank() || change.displayName().length() > 120) {
				throw new RuleViolationException("displayName", "account.displayName.required",
						"display name is required");
			}
			account.describe(change.displayName().trim(),
					change.email() == null ? before.email() : blankToNull(change.email()));
		}
		else if (change.email() != null) {
			account.describe(before.displayName(), blankToNull(change.email()));
		}
		if (change.screening() != null) {
			account.clear(change.screening());
		}
		if (change.roles() != null) {
			if (self && !change.roles().contains(GlobalRole.ADMINISTRATOR)) {
				throw new RuleViolationException("roles", "account.roles.keepOwnAdministrator",
						"you cannot take your own administrator role away");
			}
			account.assignRoles(change.roles());
		}
		if (change.enabled() != null) {
			if (self && !change.enabled()) {
				throw new RuleViolationException("enabled", "account.enabled.notSelf", "you cannot disable yourself");
			}
			account.enable(change.enabled());
		}
		this.accounts.flush();
		this.audit.record(AuditRecord.updated("account", id, Classification.PUBLIC, before, account.snapshot()));
		if (before.enabled() && !account.enabled()) {
			revokeAllTokens(account, "account disabled");
		}
		return account.toDetails();
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

	@Override
	@Transactional
	public PersonSummary create(NewAccount request) {
		String username = request.username() == null ? "" : request.username().trim().toLowerCase();
		if (!USERNAME.matcher(username).matches()) {
			throw new RuleViolationException("username", "account.username.invalid",
					"username must be 3 to 60 lower-case letters, digits, dots, dashes or underscores");
		}
		if (this.accounts.findByUsernameIgnoreCase(username).isPresent()) {
			throw new RuleViolationException("username", "account.username.taken", "username is already taken");
		}
		if (request.displayName() == null || request.displayName().isBlank()) {
			throw new RuleViolationException("displayName", "account.displayName.required", "display name is required");
		}
		checkPassword(request.rawPassword(), request.demo());
		Account account = new Account(username, request.displayName().trim(), request.email(),
				this.passwords.encode(request.rawPassword()), request.screening(), request.roles(), request.demo());
		this.accounts.save(account);
		this.audit.record(AuditRecord.created("account", account.id(), Classification.PUBLIC, account.snapshot()));
		return account.toSummary();
	}

	/**
	 * Every new password keeps {@link PasswordPolicy}, except those of demo accounts
	 * (demo mode only: their password is generated, or the operator's choice for a
	 * trial).
	 */
	private void checkPassword(String raw, boolean demo) {
		if (!demo) {
			this.policy.check(raw);
		}
		else if (raw == null || raw.isBlank()) {
			throw new RuleViolationException("password", "account.password.tooShort",
					"password must have at least " + PasswordPolicy.MIN_LENGTH + " characters",
					PasswordPolicy.MIN_LENGTH);
		}
	}

	@Override
	@Transactional
	public void resetPassword(String username, String rawPassword) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new NotFoundException("account", username));
		checkPassword(rawPassword, account.demo());
		account.changePassword(this.passwords.encode(rawPassword));
		this.audit.record(new AuditRecord("account.password-reset", "account", String.valueOf(account.id()),
				Classification.PUBLIC, "password set for " + account.username(), null, null));
	}

	@Override
	@Transactional
	public void changeOwnPassword(long accountId, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("account", accountId));
		if (currentPassword == null || account.passwordHash() == null
				|| !this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new RuleViolationException("currentPassword", "account.password.currentWrong",
					"the current password is not right");
		}
		if (!account.demo()) {
			this.policy.check(newPassword, "newPassword");
		}
		else if (newPassword == null || newPassword.isBlank()) {
			throw new RuleViolationException("newPassword", "account.password.tooShort",
					"password must have at least " + PasswordPolicy.MIN_LENGTH + " characters",
					PasswordPolicy.MIN_LENGTH);
		}
		account.changePassword(this.passwords.encode(newPassword));
		this.audit.record(new AuditRecord("account.password-changed", "account", String.valueOf(account.id()),
				Classification.PUBLIC, "password changed by " + account.username(), null, null));
	}

	@Transactional
	void ensureRole(String username, GlobalRole role) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new NotFoundException("account", username));
		if (!account.roles().contains(role)) {
			Account.Snapshot before = account.snapshot();
			account.grant(role);
			this.audit.record(
					AuditRecord.updated("account", account.id(), Classification.PUBLIC, before, account.snapshot()));
		}
	}

	@Override
	@Transactional
	public IssuedToken issueToken(long accountId, String name) {
		String plain = TokenHashing.newToken();
		ApiToken token = store(accountId, name, plain);
		return new IssuedToken(token.id(), token.name(), plain);
	}

	@Override
	@Transactional
	public void installToken(long accountId, String name, String plainToken) {
		if (plainToken == null || plainToken.length() < 20) {
			throw new RuleViolationException("apiToken", "token.tooShort",
					"an API token must have at least 20 characters");
		}
		String hash = TokenHashing.hash(plainToken);
		Optional<ApiToken> same = this.tokens.findByTokenHash(hash);
		if (same.isPresent()) {
			if (same.get().accountId() == accountId && same.get().isActive()) {
				return;
			}
			throw new RuleViolationException("apiToken", "token.taken", "this API token was already used once");
		}
		this.tokens.findByAccountIdAndNameAndRevokedAtIsNull(accountId, name).ifPresent(existing -> {
			ApiToken.Snapshot before = existing.snapshot();
			existing.revoke();
			this.audit.record(new AuditRecord("api-token.revoked", "api-token", String.valueOf(existing.id()),
					Classification.PUBLIC, "replaced at start-up", before, existing.snapshot()));
		});
		store(accountId, name, plainToken);
	}

	private ApiToken store(long accountId, String name, String plain) {
		if (name == null || name.isBlank() || name.length() > 80) {
			throw new RuleViolationException("name", "token.name.invalid",
					"a token needs a name of 1 to 80 characters");
		}
		this.accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
		ApiToken token = this.tokens
			.save(new ApiToken(accountId, name.trim(), TokenHashing.hash(plain), TokenHashing.displayPrefix(plain)));
		this.audit.record(AuditRecord.created("api-token", token.id(), Classification.PUBLIC, token.snapshot()));
		return token;
	}

	@Override
	@Transactional
	public void revokeToken(long accountId, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter(t -> t.accountId() == accountId)
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		ApiToken.Snapshot before = token.snapshot();
		token.revoke();
		this.audit.record(new AuditRecord("api-token.revoked", "api-token", String.valueOf(token.id()),
				Classification.PUBLIC, null, before, token.snapshot()));
	}

	/** A disabled account keeps no usable token, even if it is enabled again later. */
	private void revokeAllTokens(Account account, String reason) {
		for (ApiToken token : this.tokens.findByAccountIdOrderByCreatedAtDesc(account.id())) {
			if (token.isActive()) {
				ApiToken.Snapshot before = token.snapshot();
				token.revoke();
				this.audit.record(new AuditRecord("api-token.revoked", "api-token", String.valueOf(token.id()),
						Classification.PUBLIC, reason, before, token.snapshot()));
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApiTokenView> tokensOf(long accountId) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(accountId)
			.stream()
			.map(t -> new ApiTokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.isActive()))
			.toList();
	}

}
