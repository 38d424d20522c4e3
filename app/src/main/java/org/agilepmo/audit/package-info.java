/**
 * The audit trail: every write in every module appends, in its own transaction, one entry
 * saying who did what, when, and the state before and after. Entries are hash-chained so
 * that {@link org.agilepmo.audit.AuditTrail#verify()} detects any changed, removed or
 * reordered entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.agilepmo.audit;
