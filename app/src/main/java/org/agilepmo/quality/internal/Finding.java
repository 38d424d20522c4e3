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

/** What an audit found: how serious, which standard it breaks, and the detail. */
@Entity
@Table(name = "quality_finding")
public class Finding {

	/** How serious a finding is. */
	public enum Severity {

		CRITICAL, HIGH, MEDIUM, LOW

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "audit_id", nullable = false, updatable = false)
	private long auditId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	@Column(nullable = false)
	private String title;

	@Column
	private String standard;

	@Column
	private String description;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Finding() {
	}

	Finding(long auditId, Severity severity, String title, String standard, String description, Instant now) {
		if (severity == null) {
			throw new org.agilepmo.shared.RuleViolationException("severity", "quality.error.required", "is required");
		}
		this.auditId = auditId;
		this.severity = severity;
		this.title = Texts.required("title", title, 200);
		this.standard = Texts.optional("standard", standard, 300);
		this.description = Texts.optional("description", description, 2000);
		this.createdAt = now;
	}

	public Long id() {
		return this.id;
	}

	public long auditId() {
		return this.auditId;
	}

	public Severity severity() {
		return this.severity;
	}

	public String title() {
		return this.title;
	}

	public String standard() {
		return this.standard;
	}

	public String description() {
		return this.description;
	}

	public String code() {
		return "F-" + this.id;
	}

	String state() {
		return code() + " " + this.severity + " \"" + this.title + "\" standard " + this.standard;
	}

}
