package org.agilepmo.audit;

import org.agilepmo.shared.Classification;

/**
 * One change to be written to the trail: the action in the platform's words (for example
 * {@code project.stage-changed}), the object it concerns, how sensitive that object is,
 * and snapshots of its state before and after (either may be {@code null}).
 */
public record AuditRecord(String action, String entityType, String entityId, Classification classification,
		String summary, Object before, Object after) {

	public AuditRecord {
		if (action == null || action.isBlank() || entityType == null || entityType.isBlank()) {
			throw new IllegalArgumentException("An audit record needs an action and an entity type");
		}
		classification = classification == null ? Classification.PUBLIC : classification;
	}

	public static AuditRecord created(String entityType, Object id, Classification classification, Object after) {
		return new AuditRecord(entityType + ".created", entityType, String.valueOf(id), classification, null, null,
				after);
	}

	public static AuditRecord updated(String entityType, Object id, Classification classification, Object before,
			Object after) {
		return new AuditRecord(entityType + ".updated", entityType, String.valueOf(id), classification, null, before,
				after);
	}

}
