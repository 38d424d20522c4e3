package org.agilepmo.resources.internal;

/**
 * What a timesheet line's hours were spent on: a project as a whole, an activity of its
 * plan, a backlog item, or work outside projects of a {@link WorkCategory}.
 */
public enum LineKind {

	PROJECT, ACTIVITY, ITEM, OTHER

}
