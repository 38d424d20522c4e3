package org.agilepmo.partners.internal;

/** How one engaged a stakeholder. */
public enum EngagementKind {

	MEETING, MESSAGE, CALL, EVENT

}
