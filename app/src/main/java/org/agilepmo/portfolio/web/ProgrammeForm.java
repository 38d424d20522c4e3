package org.agilepmo.portfolio.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agilepmo.portfolio.ProgrammeDraft;
import org.agilepmo.portfolio.internal.ProgrammeView;

/** The programme form of the new and edit pages. */
public class ProgrammeForm {

	@NotNull
	private Long portfolioId;

	@NotBlank
	@Pattern(regexp = ProjectResources.CODE, message = "{portfolio.error.code}")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	private Long managerId;

	private Long version;

	static ProgrammeForm of(ProgrammeView v) {
		ProgrammeForm form = new ProgrammeForm();
		form.portfolioId = v.portfolioId();
		form.code = v.code();
		form.name = v.name();
		form.description = v.description();
		form.managerId = v.managerId();
		form.version = v.version();
		return form;
	}

	ProgrammeDraft toDraft() {
		return new ProgrammeDraft(this.portfolioId, this.code, this.name, this.description, this.managerId);
	}

	public Long getPortfolioId() {
		return this.portfolioId;
	}

	public void setPortfolioId(Long portfolioId) {
		this.portfolioId = portfolioId;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getManagerId() {
		return this.managerId;
	}

	public void setManagerId(Long managerId) {
		this.managerId = managerId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
