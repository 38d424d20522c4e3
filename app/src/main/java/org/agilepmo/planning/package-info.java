/**
 * Project plans: the WBS with its activities, dependencies, calendars, constraints and
 * baselines, scheduled by the engine's critical path method on every change, shown as a
 * Gantt chart, and exchanged with Microsoft Project and Primavera P6 through MPXJ. A plan
 * belongs to a project and follows the project's access rule
 * ({@link org.agilepmo.portfolio.ProjectCatalogue}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package org.agilepmo.planning;
