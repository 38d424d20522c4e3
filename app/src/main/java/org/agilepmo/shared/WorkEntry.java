package org.agilepmo.shared;

import java.time.LocalDate;

/**
 * One thing that needs a person, on their home page: the object, why it needs them (a
 * message key of the owning module's bundle, e.g. {@code work.gate-item.to-sign}), when
 * it is due (or {@code null}) and whether it is overdue.
 */
public record WorkEntry(ObjectCard object, String reasonKey, LocalDate due, boolean overdue) {

}
