package org.agilepmo.resources.internal;

/**
 * What a line's hours are on, resolved when the line is written: the kind, the id of the
 * project, activity or item, the project the hours count for (or {@code null}), the
 * category of non-project work, and the name people know it by.
 */
record TimesheetRef(LineKind kind, Long id, Long projectId, WorkCategory category, String label) {

	/** The same reference, for telling two lines of one week apart. */
	String key() {
		return this.kind == LineKind.OTHER ? "OTHER:" + this.category : this.kind + ":" + this.id;
	}

}
