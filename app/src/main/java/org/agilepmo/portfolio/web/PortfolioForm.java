package org.agilepmo.portfolio.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agilepmo.portfolio.PortfolioDraft;
import org.agilepmo.portfolio.internal.PortfolioView;

/** The portfolio form of the new and edit pages. */
public class PortfolioForm {

	@NotBlank
	@Pattern(regexp = ProjectResources.CODE, message = "{portfolio.error.code}")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 4000)
	private String description;

	private Long version;

	static PortfolioForm of(PortfolioView v) {
		PortfolioForm form = new PortfolioForm();
		form.code = v.code();
		form.name = v.name();
		form.description = v.description();
		form.version = v.version();
		return form;
	}

	PortfolioDraft toDraft() {
		return new PortfolioDraft(this.code, this.name, this.description);
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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
