/**
 * Resource levelling: the resource-constrained project scheduling problem with calendars,
 * capacities that vary over time, all four link types and started work
 * ({@link org.agilepmo.engine.levelling.LevellingProblem}); schedule generation schemes,
 * priority rules, forward-backward justification and a genetic algorithm
 * ({@link org.agilepmo.engine.levelling.Leveller}); and levelling a scheduled plan as
 * planners know it from MS Project ({@link org.agilepmo.engine.levelling.PlanLevelling}).
 */
package org.agilepmo.engine.levelling;
