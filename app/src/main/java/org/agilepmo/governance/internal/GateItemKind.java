package org.agilepmo.governance.internal;

/** What a gate item asks for. */
public enum GateItemKind {

	CRITERION, DELIVERABLE, PREREQUISITE, TRAINING, HANDOVER

}
