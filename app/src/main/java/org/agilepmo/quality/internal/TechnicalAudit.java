package org.agilepmo.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
import jakarta.persistence.Version;

import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;

/**
 * A technical audit of a project, an application or a squad: who audits it, what they
 * found, and whether it is closed. It closes only when every corrective action of its
 * findings is done ({@link #close}).
 */
@Entity
@Table(name = "quality_audit")
public class TechnicalAudit {

	/** What is audited. */
	public enum Subject {

		PROJECT, APPLICATION, SQUAD

	}

	/** Open while findings are being recorded and acted upon. */
	public enum Status {

		OPEN, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_kind", nullable = false, updatable = false)
	private Subject subject;

	@Column(name = "project_id", updatable = false)
	private Long projectId;

	@Column(name = "squad_id", updatable = false)
	private Long squadId;

	@Column(name = "application_ref")
	private String applicationRef;

	@Column
	private String scope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	@Column(name = "lead_auditor_id", nullable = false)
	private long leadAuditorId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_audit_auditor", joinColumns = @JoinColumn(name = "audit_id"))
	@Column(name = "person_id")
	private Set<Long> auditors = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "opened_on", nullable = false, updatable = false)
	private LocalDate openedOn;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected TechnicalAudit() {
	}

	TechnicalAudit(String title, Subject subject, Long projectId, Long squadId, String applicationRef, String scope,
			Classification classification, long leadAuditorId, Collection<Long> auditors, LocalDate openedOn) {
		this.title = Texts.required("title", title, 200);
		this.subject = subject;
		this.projectId = projectId;
		this.squadId = squadId;
		this.applicationRef = Texts.optional("applicationRef", applicationRef, 200);
		this.scope = Texts.optional("scope", scope, 2000);
		this.classification = classification == null ? Classification.PUBLIC : classification;
		this.leadAuditorId = leadAuditorId;
		this.auditors.add(leadAuditorId);
		this.auditors.addAll(auditors);
		this.status = Status.OPEN;
		this.openedOn = openedOn;
	}

	/** Findings and actions are recorded while the audit is open. */
	void requireOpen() {
		if (this.status != Status.OPEN) {
			throw new RuleViolationException("status", "quality.error.auditClosed", "the audit is closed");
		}
	}

	/**
	 * Closes the audit; refused while any corrective action is still open.
	 * @param openActions how many of its actions are not done
	 */
	void close(long openActions, Instant now) {
		requireOpen();
		if (openActions > 0) {
			throw new RuleViolationException("status", "quality.error.openActions",
					"{0} corrective actions are still open", openActions);
		}
		this.status = Status.CLOSED;
		this.closedAt = now;
	}

	public boolean isAuditor(long personId) {
		return this.auditors.contains(personId);
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String title() {
		return this.title;
	}

	public Subject subject() {
		return this.subject;
	}

	public Long projectId() {
		return this.projectId;
	}

	public Long squadId() {
		return this.squadId;
	}

	public String applicationRef() {
		return this.applicationRef;
	}

	public String scope() {
		return this.scope;
	}

	public Classification classification() {
		return this.classification;
	}

	public long leadAuditorId() {
		return this.leadAuditorId;
	}

	public Set<Long> auditors() {
		return Set.copyOf(this.auditors);
	}

	public Status status() {
		return this.status;
	}

	public LocalDate openedOn() {
		return this.openedOn;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public String code() {
		return "TA-" + this.id;
	}

	String state() {
		return code() + " \"" + this.title + "\" " + this.subject + " project " + this.projectId + " squad "
				+ this.squadId + " application " + this.applicationRef + " auditors " + this.auditors + " "
				+ this.status;
	}

}
