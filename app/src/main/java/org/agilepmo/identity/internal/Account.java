package org.agilepmo.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/** A person's account: who they are, how they prove it, and what they are cleared for. */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ScreeningLevel screening;

	private boolean enabled;

	@Column(name = "preferred_locale")
	private String preferredLocale;

	private boolean demo;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);

	protected Account() {
	}

	Account(String username, String displayName, String email, String passwordHash, ScreeningLevel screening,
			Set<GlobalRole> roles, boolean demo) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.screening = screening;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(GlobalRole.class) : EnumSet.copyOf(roles);
		this.enabled = true;
		this.demo = demo;
		this.createdAt = Instant.now();
	}

	Long id() {
		return this.id;
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	boolean demo() {
		return this.demo;
	}

	Set<GlobalRole> roles() {
		return Set.copyOf(this.roles);
	}

	long version() {
		return this.version;
	}

	void describe(String displayName, String email) {
		this.displayName = displayName;
		this.email = email;
	}

	void clear(ScreeningLevel screening) {
		this.screening = screening;
	}

	void assignRoles(Set<GlobalRole> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
		this.roles.add(GlobalRole.MEMBER);
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	org.agilepmo.identity.AccountDetails toDetails() {
		return new org.agilepmo.identity.AccountDetails(this.id, this.version, this.username, this.displayName,
				this.email, this.screening, Set.copyOf(this.roles), this.enabled);
	}

	void preferLanguage(String languageTag) {
		this.preferredLocale = languageTag;
	}

	org.agilepmo.identity.PersonContact toContact() {
		java.util.Locale language = (this.preferredLocale == null || this.preferredLocale.isBlank())
				? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag(this.preferredLocale);
		return new org.agilepmo.identity.PersonContact(this.id, this.displayName, this.email, language);
	}

	String preferredLanguage() {
		return this.preferredLocale;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void grant(GlobalRole role) {
		this.roles.add(role);
	}

	Actor toActor() {
		return new Actor(this.id, this.username, this.displayName, this.screening, this.roles);
	}

	PersonSummary toSummary() {
		return new PersonSummary(this.id, this.username, this.displayName, this.screening, Set.copyOf(this.roles));
	}

	/** The state recorded in the audit trail; never the password hash. */
	Snapshot snapshot() {
		return new Snapshot(this.username, this.displayName, this.email, this.screening, Set.copyOf(this.roles),
				this.enabled);
	}

	record Snapshot(String username, String displayName, String email, ScreeningLevel screening, Set<GlobalRole> roles,
			boolean enabled) {
	}

}
