package org.agilepmo.architecture.internal;

/** The board's decision; the first two satisfy the gate item the review answers. */
public enum ReviewDecision {

	APPROVED, APPROVED_WITH_CONDITIONS, REJECTED;

	public boolean approves() {
		return this != REJECTED;
	}

}
