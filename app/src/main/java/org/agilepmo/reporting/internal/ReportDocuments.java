package org.agilepmo.reporting.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.pdf.PdfDocuments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A status report as a PDF, from the same words and figures as its page, in the reader's
 * language, through the shared renderer; only for those who may see the report.
 */
@Component
public class ReportDocuments {

	static final String TEMPLATE = "reporting/report-document";

	private final StatusReportService reports;

	private final ReportingAccess access;

	private final PdfDocuments documents;

	ReportDocuments(StatusReportService reports, ReportingAccess access, PdfDocuments documents) {
		this.reports = reports;
		this.access = access;
		this.documents = documents;
	}

	@Transactional(readOnly = true)
	public Document pdf(Actor actor, long id, Locale locale) {
		StatusReport report = this.reports.get(actor, id);
		return new Document(fileName(actor, report), this.documents.render(TEMPLATE, model(actor, report), locale));
	}

	Map<String, Object> model(Actor actor, StatusReport report) {
		var project = this.access.visible(actor, report.projectId());
		var previous = this.reports.previous(actor, report).orElse(null);
		Map<String, Object> model = new HashMap<>();
		model.put("project", project);
		model.put("report", report);
		model.put("figures", this.reports.figures(report));
		model.put("previous", previous);
		model.put("previousFigures", previous == null ? null : this.reports.figures(previous));
		model.put("authorName", this.access.nameOf(report.authorId()));
		model.put("reviewerName", this.access.nameOf(report.reviewedBy()));
		return model;
	}

	private String fileName(Actor actor, StatusReport report) {
		return this.access.visible(actor, report.projectId()).code() + "-status-report-" + report.periodEnd() + ".pdf";
	}

	/** A PDF and the name to save it under. */
	public record Document(String fileName, byte[] bytes) {
	}

}
