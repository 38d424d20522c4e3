package org.agilepmo.knowledge.internal;

/** Whose page it is: a project's, a unit's, or the PMO's (the methodology). */
public enum Scope {

	PROJECT, UNIT, PMO

}
