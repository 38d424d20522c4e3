package org.agilepmo.portfolio.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A programme: related projects of one portfolio, steered together by its manager. */
@Entity
@Table(name = "programme")
class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "portfolio_id", nullable = false)
	private long portfolioId;

	@Column(name = "manager_id")
	private Long managerId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Programme() {
	}

	Programme(long portfolioId, String code, String name, String description, Long managerId) {
		this.portfolioId = portfolioId;
		this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		revise(code, name, description, managerId);
	}

	void revise(String code, String name, String description, Long managerId) {
		this.code = Rules.code(code);
		this.name = Rules.name(name);
		this.description = Rules.description(description);
		this.managerId = managerId;
		this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	long portfolioId() {
		return this.portfolioId;
	}

	Long managerId() {
		return this.managerId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.description, this.portfolioId, this.managerId);
	}

	/** The state recorded in the audit trail. */
	record Snapshot(String code, String name, String description, long portfolioId, Long managerId) {
	}

}
