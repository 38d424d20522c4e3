package org.agilepmo.quality.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change (a commit) to a service, and the deployment that took it to production once
 * one did: the first successful deployment of the service at or after its commit time.
 */
@Entity
@Table(name = "quality_change")
public class Change {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "squad_id", nullable = false, updatable = false)
	private long squadId;

	@Column(name = "service_ref", nullable = false, updatable = false)
	private String serviceRef;

	@Column(name = "external_id", nullable = false, updatable = false)
	private String externalId;

	@Column(name = "committed_at", nullable = false, updatable = false)
	private Instant committedAt;

	@Column(name = "deployment_id")
	private Long deploymentId;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Change() {
	}

	Change(long squadId, String serviceRef, String externalId, Instant committedAt, Instant now) {
		this.squadId = squadId;
		this.serviceRef = serviceRef;
		this.externalId = externalId;
		this.committedAt = committedAt;
		this.recordedAt = now;
	}

	/** The change reached production with this deployment; the first one counts. */
	void deployedBy(Deployment deployment) {
		if (this.deploymentId == null && !deployment.failed() && !deployment.deployedAt().isBefore(this.committedAt)) {
			this.deploymentId = deployment.id();
		}
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

	public Instant committedAt() {
		return this.committedAt;
	}

	public Long deploymentId() {
		return this.deploymentId;
	}

	String state() {
		return "change " + this.externalId + " of " + this.serviceRef + " committed " + this.committedAt;
	}

}
