package org.agilepmo.procurement.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** When a framework agreement entered a stage of its life cycle, and who moved it. */
@Embeddable
public class StageEntry {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FrameworkAgreement.Stage stage;

	@Column(name = "entered_on", nullable = false)
	private LocalDate enteredOn;

	@Column(name = "entered_by", nullable = false)
	private String enteredBy;

	protected StageEntry() {
	}

	StageEntry(FrameworkAgreement.Stage stage, LocalDate enteredOn, String enteredBy) {
		this.stage = stage;
		this.enteredOn = enteredOn;
		this.enteredBy = enteredBy;
	}

	public FrameworkAgreement.Stage stage() {
		return this.stage;
	}

	public LocalDate enteredOn() {
		return this.enteredOn;
	}

	public String enteredBy() {
		return this.enteredBy;
	}

}
