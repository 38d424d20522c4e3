package org.agilepmo.intake.internal;

/** The technical feasibility an assessor judges. */
public enum Feasibility {

	HIGH, MEDIUM, LOW, NOT_FEASIBLE

}
