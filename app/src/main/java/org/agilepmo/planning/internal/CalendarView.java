package org.agilepmo.planning.internal;

/** A working calendar of a plan. */
public record CalendarView(long id, long version, CalendarDraft calendar) {

}
