package org.agilepmo.portfolio;

/** What kind of work a project delivers. */
public enum ProjectType {

	ICT, OPERATIONAL, CAPACITY_BUILDING

}
