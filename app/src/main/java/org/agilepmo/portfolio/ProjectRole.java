package org.agilepmo.portfolio;

/**
 * A role a person holds on one project. Any role lets its holder see the project (when
 * their screening clears it); only the project manager may change it.
 */
public enum ProjectRole {

	PROJECT_MANAGER, TEAM_MEMBER, VIEWER, SPONSOR

}
