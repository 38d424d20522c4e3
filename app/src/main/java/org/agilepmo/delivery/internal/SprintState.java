package org.agilepmo.delivery.internal;

/** A sprint is planned, then active (at most one per squad), then closed. */
public enum SprintState {

	PLANNED, ACTIVE, CLOSED

}
