package org.agilepmo.architecture.web;

import java.util.Set;

import org.agilepmo.architecture.internal.ApplicationDraft;
import org.agilepmo.architecture.internal.ApplicationKind;
import org.agilepmo.architecture.internal.Hosting;
import org.agilepmo.shared.Classification;
import org.agilepmo.web.Patch;

/** A partial change of an application: the properties sent are changed. */
class ApplicationPatch extends Patch<ApplicationDraft> {

	private String code;

	private String name;

	private ApplicationKind kind;

	private Long ownerId;

	private String capability;

	private Hosting hosting;

	private Classification classification;

	private String debtRating;

	private String description;

	private Set<Long> technologies;

	private Set<Long> projects;

	public void setCode(String code) {
		mark("code");
		this.code = code;
	}

	public void setName(String name) {
		mark("name");
		this.name = name;
	}

	public void setKind(ApplicationKind kind) {
		mark("kind");
		this.kind = kind;
	}

	public void setOwnerId(Long ownerId) {
		mark("ownerId");
		this.ownerId = ownerId;
	}

	public void setCapability(String capability) {
		mark("capability");
		this.capability = capability;
	}

	public void setHosting(Hosting hosting) {
		mark("hosting");
		this.hosting = hosting;
	}

	public void setClassification(Classification classification) {
		mark("classification");
		this.classification = classification;
	}

	public void setDebtRating(String debtRating) {
		mark("debtRating");
		this.debtRating = debtRating;
	}

	public void setDescription(String description) {
		mark("description");
		this.description = description;
	}

	public void setTechnologies(Set<Long> technologies) {
		mark("technologies");
		this.technologies = technologies;
	}

	public void setProjects(Set<Long> projects) {
		mark("projects");
		this.projects = projects;
	}

	@Override
	public ApplicationDraft applyTo(ApplicationDraft c) {
		return new ApplicationDraft(pick("code", this.code, c.code()), pick("name", this.name, c.name()),
				pick("kind", this.kind, c.kind()), pick("ownerId", this.ownerId, c.ownerId()),
				pick("capability", this.capability, c.capability()), pick("hosting", this.hosting, c.hosting()),
				pick("classification", this.classification, c.classification()),
				pick("debtRating", this.debtRating, c.debtRating()),
				pick("description", this.description, c.description()),
				pick("technologies", this.technologies, c.technologies()),
				pick("projects", this.projects, c.projects()));
	}

}
