package org.agilepmo.risk.web;

import java.util.List;

import jakarta.validation.constraints.Size;

/** The risk categories form: the codes, one a line, in the order lists offer them. */
public class CategoriesForm {

	@Size(max = 2000)
	private String codes;

	static CategoriesForm of(List<String> codes) {
		CategoriesForm form = new CategoriesForm();
		form.codes = String.join("\n", codes);
		return form;
	}

	List<String> toList() {
		return this.codes == null ? List.of()
				: this.codes.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public String getCodes() {
		return this.codes;
	}

	public void setCodes(String codes) {
		this.codes = codes;
	}

}
