package org.agilepmo.resources.internal;

/** The rows of the capacity figures. */
public enum GroupBy {

	/** One row per resource. */
	PERSON,
	/** One row per competency centre (resources without one in a row of their own). */
	CENTRE,
	/** One row per skill; a resource with two skills counts in both rows. */
	SKILL

}
