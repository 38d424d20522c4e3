package org.agilepmo.architecture.internal;

import java.time.LocalDate;

/** A catalogue entry as a form or the API sends it. */
public record EntryDraft(String name, EntryKind kind, Ring ring, Quadrant quadrant, Long ownerId, LocalDate reviewOn,
		LocalDate supportEndsOn, String description) {

}
