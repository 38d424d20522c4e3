package org.agilepmo.reporting.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.reporting.internal.Deviation;
import org.agilepmo.reporting.internal.DeviationService;
import org.agilepmo.reporting.internal.RemediationAction;
import org.agilepmo.reporting.internal.ReportingSettings;
import org.agilepmo.reporting.internal.SettingsService;
import org.agilepmo.reporting.internal.StatusReport;
import org.agilepmo.reporting.internal.StatusReportService;
import org.agilepmo.reporting.web.ReportingResources.ActionResource;
import org.agilepmo.reporting.web.ReportingResources.DeviationList;
import org.agilepmo.reporting.web.ReportingResources.DeviationResource;
import org.agilepmo.reporting.web.ReportingResources.Previous;
import org.agilepmo.reporting.web.ReportingResources.ReportList;
import org.agilepmo.reporting.web.ReportingResources.ReportResource;
import org.agilepmo.reporting.web.ReportingResources.ReportSummary;
import org.agilepmo.reporting.web.ReportingResources.SettingsResource;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Status reports, deviations and the portfolios' reporting settings through the API: the
 * project's access rule everywhere; reviews, publication, closing a deviation and the
 * settings are the PMO's.
 */
@RestController
@Tag(name = "Reporting", description = "Status reports, deviations and their remediation")
class ReportingApiController {

	private final StatusReportService reports;

	private final DeviationService deviations;

	private final SettingsService settings;

	private final org.agilepmo.reporting.internal.ReportDocuments documents;

	ReportingApiController(StatusReportService reports, DeviationService deviations, SettingsService settings,
			org.agilepmo.reporting.internal.ReportDocuments documents) {
		this.documents = documents;
		this.reports = reports;
		this.deviations = deviations;
		this.settings = settings;
	}

	// ---- status reports

	@GetMapping("/api/v1/projects/{id}/status-reports")
	@Operation(summary = "A project's status reports, newest period first")
	ReportList list(@PathVariable long id) {
		return ReportList.of(this.reports.list(CurrentActor.require(), id).stream().map(ReportSummary::of).toList());
	}

	record NewReport(LocalDate periodEnd) {
	}

	@PostMapping("/api/v1/projects/{id}/status-reports")
	@Operation(summary = "Start a status report",
			description = "For the period ending on periodEnd (by default the oldest period without a report); "
					+ "the figures are filled in from the modules and the health suggested from them.")
	ResponseEntity<ReportResource> create(@PathVariable long id, @RequestBody(required = false) NewReport request) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.create(actor, id, request == null ? null : request.periodEnd());
		return ETags.created("/api/v1/status-reports/" + report.id(), resource(actor, report), report.version());
	}

	@GetMapping("/api/v1/status-reports/{id}")
	@Operation(summary = "A status report with its figures and the previous report to compare with")
	ResponseEntity<ReportResource> get(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.get(actor, id);
		return ETags.ok(resource(actor, report), report.version());
	}

	@PatchMapping("/api/v1/status-reports/{id}")
	@Operation(summary = "Change a draft report",
			description = "Health, reasons, narrative and corrected figures. " + "Needs If-Match.")
	ResponseEntity<ReportResource> edit(@PathVariable long id, @RequestBody ReportPatch patch, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.edit(actor, id, version, patch);
		return ETags.ok(resource(actor, report), report.version());
	}

	@PostMapping("/api/v1/status-reports/{id}/figures-refresh")
	@Operation(summary = "Fill a draft's figures again from the modules", description = "Needs If-Match.")
	ResponseEntity<ReportResource> refresh(@PathVariable long id, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.refresh(actor, id, version);
		return ETags.ok(resource(actor, report), report.version());
	}

	@PostMapping("/api/v1/status-reports/{id}/submission")
	@Operation(summary = "Submit a draft for review",
			description = "Amber and red need a reason; the figures are kept as they are. Needs If-Match.")
	ResponseEntity<ReportResource> submit(@PathVariable long id, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.submit(actor, id, version);
		return ETags.ok(resource(actor, report), report.version());
	}

	record Comment(String comment) {
	}

	@PostMapping("/api/v1/status-reports/{id}/review")
	@Operation(summary = "Review a submitted report (PMO)", description = "With the PMO's comments. Needs If-Match.")
	ResponseEntity<ReportResource> review(@PathVariable long id, @RequestBody(required = false) Comment request,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.review(actor, id, version, request == null ? null : request.comment());
		return ETags.ok(resource(actor, report), report.version());
	}

	@PostMapping("/api/v1/status-reports/{id}/return")
	@Operation(summary = "Send a report back to its author as a draft (PMO)",
			description = "The comment says what should change. Needs If-Match.")
	ResponseEntity<ReportResource> sendBack(@PathVariable long id, @RequestBody(required = false) Comment request,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.returnToDraft(actor, id, version,
				request == null ? null : request.comment());
		return ETags.ok(resource(actor, report), report.version());
	}

	@PostMapping("/api/v1/status-reports/{id}/publication")
	@Operation(summary = "Publish a reviewed report to the stakeholders (PMO)", description = "Needs If-Match.")
	ResponseEntity<ReportResource> publish(@PathVariable long id, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.publish(actor, id, version);
		return ETags.ok(resource(actor, report), report.version());
	}

	@GetMapping(value = "/api/v1/status-reports/{id}/pdf", produces = "application/pdf")
	@Operation(summary = "A status report as a PDF", description = "In the language of Accept-Language.")
	ResponseEntity<byte[]> pdf(@PathVariable long id, java.util.Locale locale) {
		return ReportingPages.pdfResponse(this.documents.pdf(CurrentActor.require(), id, locale));
	}

	private ReportResource resource(Actor actor, StatusReport r) {
		Previous previous = this.reports.previous(actor, r)
			.map(p -> new Previous(p.id(), p.periodEnd(), p.status().name(),
					ReportingResources.Health6.of(p.assessment()), this.reports.figures(p)))
			.orElse(null);
		StatusReport.Assessment a = r.assessment();
		return new ReportResource(r.id(), r.projectId(), r.periodStart(), r.periodEnd(), r.dueOn(), r.status().name(),
				ReportingResources.Health6.of(a), a.achievements(), a.nextSteps(), a.decisionsNeeded(), a.escalations(),
				this.reports.figures(r), r.figuresAt(), r.authorId(), r.submittedAt(), r.reviewedAt(),
				r.reviewComment(), r.publishedAt(), previous, r.version());
	}

	// ---- deviations

	@GetMapping("/api/v1/deviations")
	@Operation(summary = "Deviations of the projects the caller may see",
			description = "Optionally of one portfolio; open ones only unless all=true.")
	DeviationList visible(@RequestParam(required = false) Long portfolioId,
			@RequestParam(defaultValue = "false") boolean all) {
		Actor actor = CurrentActor.require();
		return DeviationList
			.of(this.deviations.visible(actor, portfolioId, !all).stream().map(d -> resource(actor, d)).toList());
	}

	@GetMapping("/api/v1/projects/{id}/deviations")
	@Operation(summary = "A project's deviations, newest first")
	DeviationList ofProject(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		return DeviationList.of(this.deviations.ofProject(actor, id).stream().map(d -> resource(actor, d)).toList());
	}

	@PostMapping("/api/v1/projects/{id}/deviations/check")
	@Operation(summary = "Measure the project against its portfolio's thresholds now",
			description = "Raises what is crossed and not yet open; answers the project's open deviations.")
	DeviationList check(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		this.deviations.checkNow(actor, id);
		return DeviationList.of(this.deviations.ofProject(actor, id)
			.stream()
			.filter(d -> d.status() != Deviation.Status.CLOSED)
			.map(d -> resource(actor, d))
			.toList());
	}

	@GetMapping("/api/v1/deviations/{id}")
	@Operation(summary = "A deviation with its remediation plan")
	ResponseEntity<DeviationResource> deviation(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		Deviation d = this.deviations.get(actor, id);
		return ETags.ok(resource(actor, d), d.version());
	}

	record NewAction(String title, Long ownerId, LocalDate dueOn) {
	}

	@PostMapping("/api/v1/deviations/{id}/actions")
	@Operation(summary = "Add a remediation action",
			description = "Its owner must see the project. Needs If-Match " + "(the deviation's version).")
	ResponseEntity<ActionResource> addAction(@PathVariable long id, @RequestBody NewAction request,
			@IfMatch long version) {
		RemediationAction a = this.deviations.addAction(CurrentActor.require(), id, version, request.title(),
				request.ownerId(), request.dueOn());
		return ETags.created("/api/v1/remediation-actions/" + a.id(), ActionResource.of(a), a.version());
	}

	@PostMapping("/api/v1/remediation-actions/{id}/done")
	@Operation(summary = "Mark a remediation action done",
			description = "The deviation closes with its last open action. Needs If-Match.")
	ResponseEntity<ActionResource> done(@PathVariable long id, @IfMatch long version) {
		RemediationAction a = this.deviations.done(CurrentActor.require(), id, version);
		return ETags.ok(ActionResource.of(a), a.version());
	}

	record Note(String note) {
	}

	@PostMapping("/api/v1/deviations/{id}/closure")
	@Operation(summary = "Close a deviation with a note (PMO)", description = "Needs If-Match.")
	ResponseEntity<DeviationResource> close(@PathVariable long id, @RequestBody(required = false) Note request,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		Deviation d = this.deviations.close(actor, id, version, request == null ? null : request.note());
		return ETags.ok(resource(actor, d), d.version());
	}

	private DeviationResource resource(Actor actor, Deviation d) {
		List<RemediationAction> actions = this.deviations.actionsOf(actor, d);
		return DeviationResource.of(d, actions);
	}

	// ---- settings

	@GetMapping("/api/v1/portfolios/{id}/reporting-settings")
	@Operation(summary = "A portfolio's reporting cadence and deviation thresholds",
			description = "The platform's defaults until the PMO sets them (ETag \"0\").")
	ResponseEntity<SettingsResource> settings(@PathVariable long id) {
		ReportingSettings s = this.settings.of(CurrentActor.require(), id);
		return ETags.ok(SettingsResource.of(s), s.etag());
	}

	@PutMapping("/api/v1/portfolios/{id}/reporting-settings")
	@Operation(summary = "Set a portfolio's reporting cadence and thresholds (PMO)", description = "Needs If-Match.")
	ResponseEntity<SettingsResource> putSettings(@PathVariable long id, @RequestBody ReportingSettings.Draft draft,
			@IfMatch long version) {
		ReportingSettings s = this.settings.change(CurrentActor.require(), id, version, draft);
		return ETags.ok(SettingsResource.of(s), s.etag());
	}

}
