package org.agilepmo.quality.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.agilepmo.quality.internal.TechnicalAudit.Subject;
import org.agilepmo.shared.Classification;

/** The form that opens a technical audit. */
public class AuditForm {

	@Size(max = 200)
	private String title;

	private Subject subject = Subject.APPLICATION;

	private Long projectId;

	private Long squadId;

	@Size(max = 200)
	private String applicationRef;

	@Size(max = 2000)
	private String scope;

	private Classification classification = Classification.PUBLIC;

	private Set<Long> auditors = new LinkedHashSet<>();

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Subject getSubject() {
		return this.subject;
	}

	public void setSubject(Subject subject) {
		this.subject = subject;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getSquadId() {
		return this.squadId;
	}

	public void setSquadId(Long squadId) {
		this.squadId = squadId;
	}

	public String getApplicationRef() {
		return this.applicationRef;
	}

	public void setApplicationRef(String applicationRef) {
		this.applicationRef = applicationRef;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public Classification getClassification() {
		return this.classification;
	}

	public void setClassification(Classification classification) {
		this.classification = classification;
	}

	public Set<Long> getAuditors() {
		return this.auditors;
	}

	public void setAuditors(Set<Long> auditors) {
		this.auditors = auditors == null ? new LinkedHashSet<>() : auditors;
	}

}
