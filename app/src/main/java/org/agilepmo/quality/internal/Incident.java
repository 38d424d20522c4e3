package org.agilepmo.quality.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * A production incident of a service: opened, later resolved (the service restored), and
 * possibly traced to the deployment that caused it.
 */
@Entity
@Table(name = "quality_incident")
public class Incident {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false, updatable = false)
	private long squadId;

	@Column(name = "service_ref", nullable = false, updatable = false)
	private String serviceRef;

	@Column(name = "external_id", nullable = false, updatable = false)
	private String externalId;

	@Column(nullable = false)
	private String title;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "deployment_id")
	private Long deploymentId;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected Incident() {
	}

	Incident(long squadId, String serviceRef, String externalId, String title, Instant openedAt, Long deploymentId,
			Instant now) {
		this.squadId = squadId;
		this.serviceRef = serviceRef;
		this.externalId = externalId;
		this.title = title;
		this.openedAt = openedAt;
		this.deploymentId = deploymentId;
		this.recordedAt = now;
	}

	/** The service is restored; a resolution before the opening is refused. */
	void resolve(Instant at) {
		if (at.isBefore(this.openedAt)) {
			throw new RuleViolationException("resolvedAt", "quality.error.resolvedBeforeOpened",
					"is before the incident was opened");
		}
		this.resolvedAt = at;
	}

	void causedBy(Long deploymentId) {
		if (deploymentId != null) {
			this.deploymentId = deploymentId;
		}
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

	public String serviceRef() {
		return this.serviceRef;
	}

	public String externalId() {
		return this.externalId;
	}

	public String title() {
		return this.title;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public Instant resolvedAt() {
		return this.resolvedAt;
	}

	public Long deploymentId() {
		return this.deploymentId;
	}

	String state() {
		return "incident " + this.externalId + " of " + this.serviceRef + " opened " + this.openedAt + " resolved "
				+ this.resolvedAt + " deployment " + this.deploymentId;
	}

}
