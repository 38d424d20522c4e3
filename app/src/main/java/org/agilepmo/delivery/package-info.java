/**
 * Agile delivery: squads' backlogs (epics to tasks, ordered by rank), sprints with
 * capacity and commitment, boards with work-in-progress limits, releases with forecasts,
 * sprint reviews and retrospectives, and the charts replayed from the log of item states.
 * Other modules read a project's delivery progress through
 * {@link org.agilepmo.delivery.ProjectDelivery}, and a tribe's squads (velocity, sprints
 * that met their commitment, work in progress, epics) through
 * {@link org.agilepmo.delivery.SquadDelivery}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.agilepmo.delivery;
