package org.agilepmo.partners.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.agilepmo.shared.RuleViolationException;

/**
 * One entry of a stakeholder's engagement log: a meeting, a message, a call or an event,
 * on a day, with what was said, and the contacts who took part. Entries are kept as
 * written; only anonymising a contact blanks their name in the summary.
 */
@Entity
@Table(name = "partners_engagement")
public class Engagement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "stakeholder_id", nullable = false, updatable = false)
	private long stakeholderId;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Column(name = "occurred_on", nullable = false, updatable = false)
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private EngagementKind kind;

	@Column(nullable = false)
	private String summary;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partners_engagement_contact", joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "contact_id")
	private Set<Long> contactIds = new LinkedHashSet<>();

	protected Engagement() {
	}

	Engagement(Stakeholder stakeholder, LocalDate occurredOn, EngagementKind kind, String summary, Set<Long> contactIds,
			long recordedBy, Instant now) {
		if (occurredOn == null) {
			throw new RuleViolationException("occurredOn", "partners.error.required", "is required");
		}
		if (kind == null) {
			throw new RuleViolationException("kind", "partners.error.required", "is required");
		}
		this.summary = Fields.required("summary", summary, 4000);
		this.stakeholderId = stakeholder.id();
		this.projectId = stakeholder.projectId();
		this.occurredOn = occurredOn;
		this.kind = kind;
		this.contactIds = new LinkedHashSet<>(contactIds);
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	void redactSummary(java.util.Collection<String> identifiers) {
		this.summary = org.agilepmo.partners.DataSubject.redact(this.summary, identifiers);
	}

	public long id() {
		return this.id;
	}

	public long stakeholderId() {
		return this.stakeholderId;
	}

	public long projectId() {
		return this.projectId;
	}

	public LocalDate occurredOn() {
		return this.occurredOn;
	}

	public EngagementKind kind() {
		return this.kind;
	}

	public String summary() {
		return this.summary;
	}

	public long recordedBy() {
		return this.recordedBy;
	}

	public Set<Long> contactIds() {
		return Set.copyOf(this.contactIds);
	}

}
