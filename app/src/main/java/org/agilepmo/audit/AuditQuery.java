package org.agilepmo.audit;

/** Filters and a page of the trail; {@code null} filters match everything. */
public record AuditQuery(String entityType, String entityId, String actor, int page, int size) {

	public AuditQuery {
		page = Math.max(0, page);
		size = size <= 0 ? 50 : Math.min(size, 500);
	}

}
