package org.agilepmo.resources.internal;

/**
 * What makes the load of a cell: a project or a squad the reader may see, and the hours
 * it asks of the row's resources in the cell's period.
 *
 * @param kind {@code project} or {@code squad}
 * @param id the project's or the squad's id
 * @param label its code and name
 * @param link its page
 * @param hours hours asked in the period
 */
public record DrillLine(String kind, long id, String label, String link, double hours) {

}
