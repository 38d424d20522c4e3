package org.agilepmo.delivery.internal;

/** Where an item stands, whatever the squad calls its board columns. */
public enum Category {

	TODO, IN_PROGRESS, DONE

}
