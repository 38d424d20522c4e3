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

	/**
	 * What the lot's call-offs may reach, within the agreement's ceiling; none when
	 * absent.
	 */
	private java.math.BigDecimal ceiling;

	/** The suppliers' names, one a line. */
	@Column(nullable = false)
	private String suppliers;

	protected Lot() {
	}

	Lot(String code, String title, List<String> suppliers) {
		this(code, title, suppliers, null);
	}

	Lot(String code, String title, List<String> suppliers, java.math.BigDecimal ceiling) {
		this.ceiling = ceiling;
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

	public java.math.BigDecimal ceiling() {
		return this.ceiling;
	}

	public List<String> suppliers() {
		return Arrays.stream(this.suppliers.split("\n")).filter(s -> !s.isBlank()).toList();
	}

}
