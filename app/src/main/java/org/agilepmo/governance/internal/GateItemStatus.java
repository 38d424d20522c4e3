package org.agilepmo.governance.internal;

/** Open until signed off, or waived with a reason by the PMO. */
public enum GateItemStatus {

	OPEN, SIGNED_OFF, WAIVED;

	public boolean isClosed() {
		return this != OPEN;
	}

}
