package org.agilepmo.resources.internal;

/** What a resource is: a person, a generic role awaiting a person, or a facility. */
public enum ResourceKind {

	/** A person with an account (who may or may not sign in). */
	PERSON,
	/** A generic role ("Java developer, level 3") that plans and requests name. */
	ROLE,
	/** A non-human resource with a capacity: a lab, a licence pool. */
	FACILITY

}
