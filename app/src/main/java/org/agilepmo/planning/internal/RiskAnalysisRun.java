package org.agilepmo.planning.internal;

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

import org.agilepmo.engine.risk.Sampling;
import org.agilepmo.shared.RuleViolationException;

/**
 * One Monte Carlo run of a project's plan: the settings and inputs it used (so that it
 * can be run again and compared) and, once done, its results.
 */
@Entity
@Table(name = "plan_risk_analysis")
class RiskAnalysisRun {

	/** Where a run stands. */
	enum Status {

		RUNNING, DONE, CANCELLED, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "plan_version", nullable = false)
	private long planVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int iterations;

	@Column(nullable = false)
	private long seed;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Sampling sampling;

	@Column(nullable = false)
	private String inputs;

	private String results;

	private String failure;

	@Column(name = "started_by")
	private Long startedBy;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	protected RiskAnalysisRun() {
	}

	RiskAnalysisRun(long projectId, long planVersion, int iterations, long seed, Sampling sampling, String inputs,
			long startedBy, Instant startedAt) {
		this.projectId = projectId;
		this.planVersion = planVersion;
		this.iterations = iterations;
		this.seed = seed;
		this.sampling = sampling;
		this.inputs = inputs;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.status = Status.RUNNING;
	}

	void finish(String resultJson, Instant at) {
		if (this.status == Status.RUNNING) {
			this.status = Status.DONE;
			this.results = resultJson;
			this.finishedAt = at;
		}
	}

	void fail(String reason, Instant at) {
		if (this.status == Status.RUNNING) {
			this.status = Status.FAILED;
			this.failure = (reason != null && reason.length() > 1000) ? reason.substring(0, 1000) : reason;
			this.finishedAt = at;
		}
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long projectId() {
		return this.projectId;
	}

	long planVersion() {
		return this.planVersion;
	}

	Status status() {
		return this.status;
	}

	int iterations() {
		return this.iterations;
	}

	long seed() {
		return this.seed;
	}

	Sampling sampling() {
		return this.sampling;
	}

	String inputs() {
		return this.inputs;
	}

	String results() {
		return this.results;
	}

	String failure() {
		return this.failure;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	Instant finishedAt() {
		return this.finishedAt;
	}

}
