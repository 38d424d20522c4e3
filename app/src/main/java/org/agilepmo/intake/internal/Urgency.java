package org.agilepmo.intake.internal;

/** How soon the business needs the problem solved. */
public enum Urgency {

	LOW, MEDIUM, HIGH, CRITICAL

}
