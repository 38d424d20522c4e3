package org.agilepmo.architecture.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * A technology a project declares it uses: one of the catalogue's, or one the catalogue
 * does not know. One on hold, or unknown, needs a waiver (a reason and an expiry day);
 * without one, or once it has expired, the use is a deviation.
 */
@Entity
@Table(name = "architecture_technology_use")
public class TechnologyUse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "entry_id", updatable = false)
	private Long entryId;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(name = "declared_by", nullable = false, updatable = false)
	private long declaredBy;

	@Column(name = "declared_at", nullable = false, updatable = false)
	private Instant declaredAt;

	@Column(name = "waiver_reason")
	private String waiverReason;

	@Column(name = "waiver_expires_on")
	private LocalDate waiverExpiresOn;

	@Column(name = "waived_by")
	private Long waivedBy;

	protected TechnologyUse() {
	}

	TechnologyUse(long projectId, Long entryId, String name, long declaredBy, Instant now) {
		this.projectId = projectId;
		this.entryId = entryId;
		this.name = Texts.required("name", name, 120);
		this.declaredBy = declaredBy;
		this.declaredAt = now;
	}

	void waive(String reason, LocalDate expiresOn, long by, LocalDate today) {
		String r = Texts.required("waiverReason", reason, 1000);
		Texts.present("waiverExpiresOn", expiresOn);
		if (!expiresOn.isAfter(today)) {
			throw new RuleViolationException("waiverExpiresOn", "architecture.error.expiryPast", "must be after today");
		}
		this.waiverReason = r;
		this.waiverExpiresOn = expiresOn;
		this.waivedBy = by;
	}

	/** Whether the waiver it has, if any, has run out on the given day. */
	public boolean waiverExpired(LocalDate today) {
		return this.waiverExpiresOn != null && this.waiverExpiresOn.isBefore(today);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("projectId", this.projectId);
		s.put("entryId", this.entryId);
		s.put("name", this.name);
		s.put("waiverReason", this.waiverReason);
		s.put("waiverExpiresOn", this.waiverExpiresOn);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long projectId() {
		return this.projectId;
	}

	public Long entryId() {
		return this.entryId;
	}

	public String name() {
		return this.name;
	}

	public String waiverReason() {
		return this.waiverReason;
	}

	public LocalDate waiverExpiresOn() {
		return this.waiverExpiresOn;
	}

	public Long waivedBy() {
		return this.waivedBy;
	}

	public boolean hasWaiver() {
		return this.waiverExpiresOn != null;
	}

}
