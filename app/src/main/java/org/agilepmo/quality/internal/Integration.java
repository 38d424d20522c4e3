package org.agilepmo.quality.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A squad's source of delivery events: a GitHub or GitLab project that calls the
 * platform's webhook, with the secret that proves the call is its own (GitHub's sealed,
 * since the platform must compute the signature with it; GitLab's hashed, since the
 * platform only compares it).
 */
@Entity
@Table(name = "quality_integration")
public class Integration {

	/** Where the events come from. */
	public enum Provider {

		GITHUB, GITLAB

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false, updatable = false)
	private long squadId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Provider provider;

	@Column(name = "service_ref")
	private String serviceRef;

	@Column(name = "secret_sealed")
	private String secretSealed;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Integration() {
	}

	Integration(long squadId, Provider provider, String serviceRef, String secretSealed, String tokenHash,
			Instant now) {
		this.squadId = squadId;
		this.provider = provider;
		this.serviceRef = serviceRef;
		this.secretSealed = secretSealed;
		this.tokenHash = tokenHash;
		this.active = true;
		this.createdAt = now;
	}

	void deactivate() {
		this.active = false;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long squadId() {
		return this.squadId;
	}

	public Provider provider() {
		return this.provider;
	}

	public String serviceRef() {
		return this.serviceRef;
	}

	String secretSealed() {
		return this.secretSealed;
	}

	String tokenHash() {
		return this.tokenHash;
	}

	public boolean active() {
		return this.active;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** What the audit trail keeps: never the secret. */
	String state() {
		return this.provider + " squad " + this.squadId + " service " + this.serviceRef + " active " + this.active;
	}

}
