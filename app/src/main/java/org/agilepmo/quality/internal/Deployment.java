package org.agilepmo.quality.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A deployment of one service to production, as its pipeline reported it: recorded once
 * per source id, never changed (a fact, not an editable aggregate).
 */
@Entity
@Table(name = "quality_deployment")
public class Deployment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "squad_id", nullable = false, updatable = false)
	private long squadId;

	@Column(name = "service_ref", nullable = false, updatable = false)
	private String serviceRef;

	@Column(name = "external_id", nullable = false, updatable = false)
	private String externalId;

	@Column(name = "commit_sha", updatable = false)
	private String commitSha;

	@Column(name = "deployed_at", nullable = false, updatable = false)
	private Instant deployedAt;

	@Column(nullable = false, updatable = false)
	private boolean failed;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Deployment() {
	}

	Deployment(long squadId, String serviceRef, String externalId, String commitSha, Instant deployedAt, boolean failed,
			Instant now) {
		this.squadId = squadId;
		this.serviceRef = serviceRef;
		this.externalId = externalId;
		this.commitSha = commitSha;
		this.deployedAt = deployedAt;
		this.failed = failed;
		this.recordedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public long squadId() {
		return this.squadId;
	}

	public String serviceRef() {
		return this.serviceRef;
	}

	public String externalId() {
		return this.externalId;
	}

	public String commitSha() {
		return this.commitSha;
	}

	public Instant deployedAt() {
		return this.deployedAt;
	}

	public boolean failed() {
		return this.failed;
	}

	String state() {
		return "deployment " + this.externalId + " of " + this.serviceRef + " at " + this.deployedAt
				+ (this.failed ? " failed" : "");
	}

}
