package org.agilepmo.audit;

import java.time.Instant;

/** An entry of the trail as readers see it. */
public record AuditEntryView(long seq, Instant occurredAt, String actor, String action, String entityType,
		String entityId, String classification, String summary, String before, String after, String hash) {

}
