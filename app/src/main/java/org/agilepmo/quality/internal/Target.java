package org.agilepmo.quality.internal;

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
 * The DORA band a tribe aims for, or (without a tribe) the PMO's default for every tribe
 * that has none of its own.
 */
@Entity
@Table(name = "quality_target")
public class Target {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "tribe_id", updatable = false)
	private Long tribeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Band band;

	protected Target() {
	}

	Target(Long tribeId, Band band) {
		this.tribeId = tribeId;
		this.band = band;
	}

	void aimFor(Band band) {
		this.band = band;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public Long tribeId() {
		return this.tribeId;
	}

	public Band band() {
		return this.band;
	}

}
