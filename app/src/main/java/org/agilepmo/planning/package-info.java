/**
 * Project plans: the WBS with its activities, dependencies, calendars, constraints,
 * baselines, resources and assignments, scheduled by the engine's critical path method on
 * every change, shown as a Gantt chart, and exchanged with Microsoft Project and
 * Primavera P6 through MPXJ. A plan belongs to a project and follows the project's access
 * rule ({@link org.agilepmo.portfolio.ProjectCatalogue}). Other modules read a plan's
 * resources and assignments through {@link org.agilepmo.planning.PlanResources}, and add
 * milestones to it through {@link org.agilepmo.planning.PlanMilestones}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package org.agilepmo.planning;
