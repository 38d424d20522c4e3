package org.agilepmo.procurement.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A lot of a framework agreement: its code, what it covers, and its suppliers. */
@Embeddable
public class Lot {

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String title;

	/** The suppliers' names, one a line. */
	@Column(nullable = false)
	private String suppliers;

	protected Lot() {
	}

	Lot(String code, String title, List<String> suppliers) {
		this.code = code;
		this.title = title;
		this.suppliers = String.join("\n", suppliers);
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public List<String> suppliers() {
		return Arrays.stream(this.suppliers.split("\n")).filter(s -> !s.isBlank()).toList();
	}

}
