package org.agilepmo.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token; only the SHA-256 of its text is kept. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false)
	private String prefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long accountId, String name, String tokenHash, String prefix) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = Instant.now();
	}

	Long id() {
		return this.id;
	}

	long accountId() {
		return this.accountId;
	}

	String name() {
		return this.name;
	}

	String prefix() {
		return this.prefix;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	boolean isActive() {
		return this.revokedAt == null;
	}

	void revoke() {
		if (this.revokedAt == null) {
			this.revokedAt = Instant.now();
		}
	}

	void markUsed(Instant when) {
		this.lastUsedAt = when;
	}

	Snapshot snapshot() {
		return new Snapshot(this.accountId, this.name, this.prefix, this.revokedAt);
	}

	record Snapshot(long accountId, String name, String prefix, Instant revokedAt) {
	}

}
