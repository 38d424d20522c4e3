package org.agilepmo.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the configurable risk categories, by its code, in the order lists show them. */
@Entity
@Table(name = "risk_category")
public class RiskCategory {

	@Id
	private String code;

	@Column(nullable = false)
	private int position;

	protected RiskCategory() {
	}

	RiskCategory(String code, int position) {
		this.code = code;
		this.position = position;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public String code() {
		return this.code;
	}

	public int position() {
		return this.position;
	}

}
