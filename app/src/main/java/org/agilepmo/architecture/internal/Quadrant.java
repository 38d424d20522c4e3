package org.agilepmo.architecture.internal;

/** The radar's four quadrants. */
public enum Quadrant {

	TECHNIQUES, TOOLS, PLATFORMS, LANGUAGES_FRAMEWORKS

}
