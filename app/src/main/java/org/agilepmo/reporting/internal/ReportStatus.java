package org.agilepmo.reporting.internal;

/**
 * Where a status report stands: written and corrected as a draft, submitted (its figures
 * fixed), reviewed by the PMO with its comments, and published to the stakeholders.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, REVIEWED, PUBLISHED

}
