package org.agilepmo.delivery.internal;

/** Which definition a checklist line on an item comes from. */
public enum CheckKind {

	READY, DONE

}
