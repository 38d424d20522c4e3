/**
 * The Agile PMO engine: plain Java algorithms (calendars, critical path, levelling, Monte
 * Carlo risk, earned value, portfolio optimisation) with no framework, database or I/O.
 * The application maps its entities to the engine's inputs, calls it and stores the
 * results.
 */
package org.agilepmo.engine;
