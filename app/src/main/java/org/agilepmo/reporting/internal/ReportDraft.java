package org.agilepmo.reporting.internal;

/**
 * What a project manager edits in a draft report: the health and narrative, and the
 * corrections of the figures.
 */
public record ReportDraft(StatusReport.Assessment assessment, Figures.Correction figures) {

}
