package org.agilepmo.delivery.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/** A release of a squad: a name, a target date, and the items whose release it is. */
@Entity
@Table(name = "delivery_release")
class Release {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false)
	private long squadId;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(name = "target_date")
	private LocalDate targetDate;

	protected Release() {
	}

	static Release of(long squadId, String name, String description, LocalDate targetDate) {
		Release release = new Release();
		release.squadId = squadId;
		release.revise(name, description, targetDate);
		return release;
	}

	void revise(String name, String description, LocalDate targetDate) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new RuleViolationException("name", "delivery.error.releaseName",
					"a release needs a name of 1 to 100 characters");
		}
		if (description != null && description.length() > 2000) {
			throw new RuleViolationException("description", "delivery.error.tooLong", "the description is too long",
					2000);
		}
		this.name = name.strip();
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		this.targetDate = targetDate;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	long squadId() {
		return this.squadId;
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	LocalDate targetDate() {
		return this.targetDate;
	}

	record Snapshot(long squadId, String name, String description, LocalDate targetDate) {
	}

	Snapshot snapshot() {
		return new Snapshot(this.squadId, this.name, this.description, this.targetDate);
	}

}
