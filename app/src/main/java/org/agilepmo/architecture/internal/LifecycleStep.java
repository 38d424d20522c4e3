package org.agilepmo.architecture.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The day an application entered a stage of its lifecycle, as recorded. */
@Entity
@Table(name = "architecture_lifecycle_step")
public class LifecycleStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false, updatable = false)
	private long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Lifecycle stage;

	@Column(name = "effective_on", nullable = false, updatable = false)
	private LocalDate effectiveOn;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected LifecycleStep() {
	}

	LifecycleStep(long applicationId, Lifecycle stage, LocalDate effectiveOn, long recordedBy, Instant recordedAt) {
		this.applicationId = applicationId;
		this.stage = stage;
		this.effectiveOn = effectiveOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long id() {
		return this.id;
	}

	public long applicationId() {
		return this.applicationId;
	}

	public Lifecycle stage() {
		return this.stage;
	}

	public LocalDate effectiveOn() {
		return this.effectiveOn;
	}

}
