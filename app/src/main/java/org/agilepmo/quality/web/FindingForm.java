package org.agilepmo.quality.web;

import jakarta.validation.constraints.Size;

import org.agilepmo.quality.internal.Finding.Severity;

/** A finding as an auditor records it. */
public class FindingForm {

	private Severity severity = Severity.MEDIUM;

	@Size(max = 200)
	private String title;

	@Size(max = 300)
	private String standard;

	@Size(max = 2000)
	private String description;

	public Severity getSeverity() {
		return this.severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getStandard() {
		return this.standard;
	}

	public void setStandard(String standard) {
		this.standard = standard;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
