package org.agilepmo.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.agilepmo.portfolio.Health;
import org.agilepmo.reporting.internal.Deviation;
import org.agilepmo.reporting.internal.Figures;
import org.agilepmo.reporting.internal.RemediationAction;
import org.agilepmo.reporting.internal.ReportingSettings;
import org.agilepmo.reporting.internal.StatusReport;

/** What the API answers about reports, deviations and settings. */
final class ReportingResources {

	private ReportingResources() {
	}

	record Health6(Health overall, String overallReason, Health scope, String scopeReason, Health schedule,
			String scheduleReason, Health cost, String costReason, Health risk, String riskReason, Health resources,
			String resourcesReason) {

		static Health6 of(StatusReport.Assessment a) {
			return new Health6(a.overall(), a.overallReason(), a.scope(), a.scopeReason(), a.schedule(),
					a.scheduleReason(), a.cost(), a.costReason(), a.risk(), a.riskReason(), a.resources(),
					a.resourcesReason());
		}

	}

	record ReportSummary(long id, long projectId, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
			String status, Health overall, Instant submittedAt, Instant publishedAt, String link) {

		static ReportSummary of(StatusReport r) {
			return new ReportSummary(r.id(), r.projectId(), r.periodStart(), r.periodEnd(), r.dueOn(),
					r.status().name(), r.overall(), r.submittedAt(), r.publishedAt(),
					"/api/v1/status-reports/" + r.id());
		}

	}

	/**
	 * A report in full: its health, narrative and figures, and the previous report's
	 * health and figures to compare with.
	 */
	record ReportResource(long id, long projectId, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
			String status, Health6 health, String achievements, String nextSteps, String decisionsNeeded,
			String escalations, Figures figures, Instant figuresAt, long authorId, Instant submittedAt,
			Instant reviewedAt, String reviewComment, Instant publishedAt, Previous previous, long version) {

	}

	record Previous(long id, LocalDate periodEnd, String status, Health6 health, Figures figures) {
	}

	record ReportList(List<ReportSummary> items, int page, int size, long totalItems, int totalPages) {

		static ReportList of(List<ReportSummary> items) {
			return new ReportList(items, 0, items.size(), items.size(), items.isEmpty() ? 0 : 1);
		}

	}

	record DeviationResource(long id, long projectId, long portfolioId, String kind, String status, String detail,
			LocalDate raisedOn, Instant closedAt, String closingNote, List<ActionResource> actions, long version) {

		static DeviationResource of(Deviation d, List<RemediationAction> actions) {
			return new DeviationResource(d.id(), d.projectId(), d.portfolioId(), d.kind().name(), d.status().name(),
					d.detail(), d.raisedOn(), d.closedAt(), d.closingNote(),
					actions.stream().map(ActionResource::of).toList(), d.version());
		}

	}

	record DeviationList(List<DeviationResource> items, int page, int size, long totalItems, int totalPages) {

		static DeviationList of(List<DeviationResource> items) {
			return new DeviationList(items, 0, items.size(), items.size(), items.isEmpty() ? 0 : 1);
		}

	}

	record ActionResource(long id, long deviationId, String title, long ownerId, LocalDate dueOn, boolean done,
			Instant doneAt, long version) {

		static ActionResource of(RemediationAction a) {
			return new ActionResource(a.id(), a.deviationId(), a.title(), a.ownerId(), a.dueOn(), a.isDone(),
					a.doneAt(), a.version());
		}

	}

	record SettingsResource(long portfolioId, ReportingSettings.Draft settings, boolean stored) {

		static SettingsResource of(ReportingSettings s) {
			return new SettingsResource(s.portfolioId(), s.draft(), s.id() != null);
		}

	}

}
