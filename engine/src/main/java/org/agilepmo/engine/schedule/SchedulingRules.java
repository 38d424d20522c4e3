package org.agilepmo.engine.schedule;

/**
 * Whose conventions the engine follows where Microsoft Project and Primavera P6 schedule
 * the same network differently (ADR 0103): the dates of progressed activities and what
 * the data (status) date does to them.
 */
public enum SchedulingRules {

	/**
	 * Microsoft Project: a started activity's early start is its actual start and a
	 * finished one keeps its actual dates.
	 */
	MICROSOFT_PROJECT,

	/**
	 * Primavera P6: the early dates are the remaining early dates. A finished activity's
	 * early start and finish are the data date; an in-progress activity's remaining
	 * duration starts at the data date (or later, by its links under retained logic).
	 */
	PRIMAVERA;

}
