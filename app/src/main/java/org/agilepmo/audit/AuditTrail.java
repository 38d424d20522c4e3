package org.agilepmo.audit;

import java.util.List;

import org.agilepmo.shared.ScreeningLevel;

/**
 * The platform's append-only, hash-chained audit trail.
 */
public interface AuditTrail {

	/**
	 * Appends one entry inside the caller's transaction; it fails when there is none, so
	 * that the entry and the change it records commit or roll back together.
	 */
	void record(AuditRecord record);

	/** Entries a person with the given screening may read, newest first. */
	List<AuditEntryView> browse(ScreeningLevel screening, AuditQuery query);

	long count(ScreeningLevel screening, AuditQuery query);

	/**
	 * Walks the whole chain from its first entry and names the first one that is broken.
	 */
	ChainVerification verify();

}
