package org.agilepmo.procurement.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

/** The call-off form: the lot, one of its suppliers, the amount, and what is ordered. */
public class CallOffForm {

	@Size(max = 20)
	private String lot;

	@Size(max = 200)
	private String supplier;

	private BigDecimal amount;

	private Long projectId;

	@Size(max = 1000)
	private String description;

	public String getLot() {
		return this.lot;
	}

	public void setLot(String lot) {
		this.lot = lot;
	}

	public String getSupplier() {
		return this.supplier;
	}

	public void setSupplier(String supplier) {
		this.supplier = supplier;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
