package org.agilepmo.meetings.internal;

/** What a meeting belongs to, whose access rule it follows. */
public enum ScopeKind {

	PROJECT, PROGRAMME, PORTFOLIO, UNIT

}
