package org.agilepmo.portfolio;

/** How a project is run. */
public enum Methodology {

	SCRUM, WATERFALL, HYBRID

}
