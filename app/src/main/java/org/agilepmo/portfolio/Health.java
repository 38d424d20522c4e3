package org.agilepmo.portfolio;

/** A project's health as its manager reports it; amber and red need a reason. */
public enum Health {

	GREEN, AMBER, RED;

	public boolean needsReason() {
		return this != GREEN;
	}

}
