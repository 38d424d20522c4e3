package org.agilepmo.shared;

/**
 * Published by the audit trail, inside the writing transaction, for every audit entry
 * that names an object by a numeric id: the one hook by which derived views (the search
 * index, activity streams) learn that an object changed. Listeners that write should do
 * so after the commit ({@code @TransactionalEventListener}), so that a failed write
 * leaves no trace.
 *
 * @param ref the object that changed
 * @param action the audit action, e.g. {@code project.updated}
 * @param actorId the person who changed it, or {@code null} for the system
 */
public record ObjectChanged(ObjectRef ref, String action, Long actorId) {

}
