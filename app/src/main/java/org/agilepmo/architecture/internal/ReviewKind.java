package org.agilepmo.architecture.internal;

/**
 * What the board reviews; each kind answers one gate item (a data protection review the
 * item of that name, the others the architecture approval).
 */
public enum ReviewKind {

	SOLUTION_DESIGN("ARCHITECTURE_APPROVAL"), SECURITY_ARCHITECTURE("ARCHITECTURE_APPROVAL"),
	DATA_PROTECTION("DATA_PROTECTION_REVIEW"), HOSTING("ARCHITECTURE_APPROVAL");

	private final String gateItem;

	ReviewKind(String gateItem) {
		this.gateItem = gateItem;
	}

	public String gateItem() {
		return this.gateItem;
	}

}
