package org.agilepmo.resources.internal;

/**
 * Work outside projects that a timesheet records: a fixed list, translated in every
 * language, so that reports across the organisation add up the same categories.
 */
public enum WorkCategory {

	TRAINING, LEAVE, SUPPORT, ADMINISTRATION

}
