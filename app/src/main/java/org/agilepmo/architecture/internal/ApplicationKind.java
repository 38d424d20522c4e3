package org.agilepmo.architecture.internal;

/** An application people use, or a component other applications share. */
public enum ApplicationKind {

	APPLICATION, SHARED_COMPONENT

}
