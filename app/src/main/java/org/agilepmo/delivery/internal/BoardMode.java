package org.agilepmo.delivery.internal;

/**
 * Scrum squads plan sprints and their board shows the active sprint; Kanban squads pull
 * from the backlog continuously and their board shows every open item.
 */
public enum BoardMode {

	SCRUM, KANBAN

}
