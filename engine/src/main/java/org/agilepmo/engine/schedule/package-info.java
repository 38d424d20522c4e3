/**
 * Critical path scheduling: build a {@link org.agilepmo.engine.schedule.Network}, call
 * {@link org.agilepmo.engine.schedule.CriticalPath#schedule} and read the
 * {@link org.agilepmo.engine.schedule.Schedule}; save
 * {@link org.agilepmo.engine.schedule.Baselines} to measure later schedules against.
 * Semantics follow Microsoft Project (docs/adr/0101-scheduling-semantics.md).
 */
package org.agilepmo.engine.schedule;
