package org.agilepmo.partners.internal;

/**
 * How a stakeholder is engaged, from the quadrant of the interest/influence grid they sit
 * in: influence and interest of 3 or more are high.
 */
public enum Strategy {

	/** High influence, high interest. */
	MANAGE_CLOSELY,
	/** High influence, low interest. */
	KEEP_SATISFIED,
	/** Low influence, high interest. */
	KEEP_INFORMED,
	/** Low influence, low interest. */
	MONITOR;

	static final int HIGH = 3;

	public static Strategy derive(int interest, int influence) {
		boolean interested = interest >= HIGH;
		boolean influential = influence >= HIGH;
		if (influential) {
			return interested ? MANAGE_CLOSELY : KEEP_SATISFIED;
		}
		return interested ? KEEP_INFORMED : MONITOR;
	}

	/** The heat map's colour class for the quadrant, as charts.js draws ratings. */
	public String rating() {
		return switch (this) {
			case MANAGE_CLOSELY -> "EXTREME";
			case KEEP_SATISFIED -> "HIGH";
			case KEEP_INFORMED -> "MEDIUM";
			case MONITOR -> "LOW";
		};
	}

}
