package org.agilepmo.resources.internal;

/** How a load is given: hours per week, or a share of the resource's capacity. */
public enum LoadKind {

	/** Hours per week, spread over the working days of the pattern. */
	HOURS,
	/** A percentage of the resource's capacity on each day. */
	PERCENT

}
