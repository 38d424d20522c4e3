package org.agilepmo.quality.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.quality.internal.AuditService;
import org.agilepmo.quality.internal.AuditService.ActionDraft;
import org.agilepmo.quality.internal.AuditService.AuditDraft;
import org.agilepmo.quality.internal.AuditService.AuditView;
import org.agilepmo.quality.internal.AuditService.FindingDraft;
import org.agilepmo.quality.internal.Band;
import org.agilepmo.quality.internal.CorrectiveAction;
import org.agilepmo.quality.internal.Dora.Figures;
import org.agilepmo.quality.internal.DoraReadings;
import org.agilepmo.quality.internal.DoraReadings.SquadDora;
import org.agilepmo.quality.internal.EventIngestion;
import org.agilepmo.quality.internal.EventIngestion.ChangeInput;
import org.agilepmo.quality.internal.EventIngestion.DeploymentInput;
import org.agilepmo.quality.internal.EventIngestion.IncidentInput;
import org.agilepmo.quality.internal.EventIngestion.Ingested;
import org.agilepmo.quality.internal.Finding;
import org.agilepmo.quality.internal.TechnicalAudit;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quality over HTTP: delivery events pushed by pipelines and people (idempotent on the
 * source's id: 201 when recorded, 200 with what was recorded before), a squad's DORA
 * figures, and technical audits with their findings and corrective actions.
 */
@RestController
@Tag(name = "Quality")
class QualityApiController {

	private final EventIngestion ingestion;

	private final DoraReadings readings;

	private final AuditService audits;

	QualityApiController(EventIngestion ingestion, DoraReadings readings, AuditService audits) {
		this.ingestion = ingestion;
		this.readings = readings;
		this.audits = audits;
	}

	record ChangeRequest(Long squadId, String externalId, String serviceRef, Instant committedAt) {
	}

	record DeploymentRequest(Long squadId, String externalId, String serviceRef, String commitSha, Instant deployedAt,
			Boolean failed, List<ChangeRequest> changes) {
	}

	record IncidentRequest(Long squadId, String externalId, String serviceRef, String title, Instant openedAt,
			Instant resolvedAt, String causedBy) {
	}

	record EventResource(long id, long squadId, String externalId, String serviceRef, boolean created) {
	}

	@PostMapping("/api/v1/quality/deployments")
	@Operation(summary = "Record a deployment to production (idempotent on externalId)",
			description = "failed=true for a deployment that failed; changes may carry the commits it deploys.")
	ResponseEntity<EventResource> deployment(@RequestBody DeploymentRequest r) {
		Ingested<org.agilepmo.quality.internal.Deployment> done = this.ingestion.deployment(CurrentActor.require(),
				squad(r.squadId()),
				new DeploymentInput(r.externalId(), r.serviceRef(), r.commitSha(), r.deployedAt(),
						Boolean.TRUE.equals(r.failed()),
						r.changes() == null ? List.of()
								: r.changes()
									.stream()
									.map(c -> new ChangeInput(c.externalId(), c.serviceRef(), c.committedAt()))
									.toList()));
		var d = done.value();
		return answer(new EventResource(d.id(), d.squadId(), d.externalId(), d.serviceRef(), done.created()));
	}

	@PostMapping("/api/v1/quality/changes")
	@Operation(summary = "Record a change (a commit) to a service (idempotent on externalId)")
	ResponseEntity<EventResource> change(@RequestBody ChangeRequest r) {
		Ingested<org.agilepmo.quality.internal.Change> done = this.ingestion.change(CurrentActor.require(),
				squad(r.squadId()), new ChangeInput(r.externalId(), r.serviceRef(), r.committedAt()));
		var c = done.value();
		return answer(new EventResource(c.id(), c.squadId(), c.externalId(), c.serviceRef(), done.created()));
	}

	@PostMapping("/api/v1/quality/incidents")
	@Operation(summary = "Record an incident, or resolve one recorded before (idempotent on externalId)",
			description = "causedBy names the externalId of the deployment that caused it.")
	ResponseEntity<EventResource> incident(@RequestBody IncidentRequest r) {
		Ingested<org.agilepmo.quality.internal.Incident> done = this.ingestion.incident(CurrentActor.require(),
				squad(r.squadId()), new IncidentInput(r.externalId(), r.serviceRef(), r.title(), r.openedAt(),
						r.resolvedAt(), r.causedBy()));
		var i = done.value();
		return answer(new EventResource(i.id(), i.squadId(), i.externalId(), i.serviceRef(), done.created()));
	}

	record FiguresResource(int deployments, int successfulDeployments, double deploymentsPerWeek,
			Double medianLeadTimeHours, Double changeFailureRate, Double medianTimeToRestoreHours, Band band,
			Band frequencyBand, Band leadTimeBand, Band failureRateBand, Band restoreBand) {

		static FiguresResource of(Figures f) {
			return new FiguresResource(f.deployments(), f.successfulDeployments(),
					Measures.round(f.deploymentsPerWeek()), hours(f.medianLeadTime()), f.changeFailureRate(),
					hours(f.medianTimeToRestore()), f.band(), f.frequencyBand(), f.leadTimeBand(), f.failureRateBand(),
					f.restoreBand());
		}

		private static Double hours(Duration d) {
			return d == null ? null : Measures.round(d.toMillis() / 3_600_000.0);
		}

	}

	record WeekResource(LocalDate week, FiguresResource figures) {
	}

	record DoraResource(long squadId, String squadName, int days, String service, FiguresResource figures, Band target,
			boolean targetMet, int openDefects, int doneDefects, List<WeekResource> weeks) {

		static DoraResource of(SquadDora d) {
			return new DoraResource(d.squad().id(), d.squad().name(), d.days(), d.service(),
					FiguresResource.of(d.figures()), d.target(), d.targetMet(), d.defects().open(), d.defects().done(),
					d.weeks()
						.stream()
						.map(w -> new WeekResource(w.monday(), FiguresResource.of(w.figures())))
						.toList());
		}

	}

	@GetMapping("/api/v1/quality/squads/{id}/dora")
	@Operation(summary = "A squad's DORA figures over the last days (30, 90...), with the weekly series")
	DoraResource dora(@PathVariable long id, @RequestParam(defaultValue = "90") int days,
			@RequestParam(required = false) String service) {
		return DoraResource.of(this.readings.squad(CurrentActor.require(), id, days, service));
	}

	record AuditRequest(String title, TechnicalAudit.Subject subject, Long projectId, Long squadId,
			String applicationRef, String scope, Classification classification, Set<Long> auditors) {
	}

	record FindingRequest(Finding.Severity severity, String title, String standard, String description) {
	}

	record ActionRequest(String title, Long ownerId, LocalDate due) {
	}

	record ActionResource(long id, long findingId, String title, long ownerId, LocalDate due, Instant doneAt,
			long version) {

		static ActionResource of(CorrectiveAction a) {
			return new ActionResource(a.id(), a.findingId(), a.title(), a.ownerId(), a.due(), a.doneAt(), a.version());
		}

	}

	record FindingResource(long id, Finding.Severity severity, String title, String standard, String description) {

		static FindingResource of(Finding f) {
			return new FindingResource(f.id(), f.severity(), f.title(), f.standard(), f.description());
		}

	}

	record AuditResource(long id, String code, String title, TechnicalAudit.Subject subject, Long projectId,
			Long squadId, String applicationRef, String scope, Classification classification, Set<Long> auditors,
			TechnicalAudit.Status status, LocalDate openedOn, Instant closedAt, List<FindingResource> findings,
			List<ActionResource> actions) {

		static AuditResource of(TechnicalAudit a, List<Finding> findings, List<CorrectiveAction> actions) {
			return new AuditResource(a.id(), a.code(), a.title(), a.subject(), a.projectId(), a.squadId(),
					a.applicationRef(), a.scope(), a.classification(), a.auditors(), a.status(), a.openedOn(),
					a.closedAt(), findings.stream().map(FindingResource::of).toList(),
					actions.stream().map(ActionResource::of).toList());
		}

		static AuditResource of(AuditView v) {
			return of(v.audit(), v.findings(), v.actions());
		}

	}

	@GetMapping("/api/v1/quality/audits")
	@Operation(summary = "The technical audits the caller may see")
	List<AuditResource> audits() {
		return this.audits.visible(CurrentActor.require())
			.stream()
			.map(a -> AuditResource.of(a, List.of(), List.of()))
			.toList();
	}

	@PostMapping("/api/v1/quality/audits")
	@Operation(summary = "Open a technical audit (the PMO and the quality overseers)")
	ResponseEntity<AuditResource> open(@RequestBody AuditRequest r) {
		Actor actor = CurrentActor.require();
		TechnicalAudit a = this.audits.open(actor, new AuditDraft(r.title(), r.subject(), r.projectId(), r.squadId(),
				r.applicationRef(), r.scope(), r.classification(), r.auditors()));
		return ETags.created("/api/v1/quality/audits/" + a.id(), AuditResource.of(a, List.of(), List.of()),
				a.version());
	}

	@GetMapping("/api/v1/quality/audits/{id}")
	@Operation(summary = "One technical audit with its findings and corrective actions")
	ResponseEntity<AuditResource> audit(@PathVariable long id) {
		return ETags.ok(this.audits.view(CurrentActor.require(), id), AuditView::version, AuditResource::of);
	}

	@PostMapping("/api/v1/quality/audits/{id}/findings")
	@Operation(summary = "Record a finding (the audit's auditors)")
	ResponseEntity<FindingResource> finding(@PathVariable long id, @RequestBody FindingRequest r) {
		Finding f = this.audits.recordFinding(CurrentActor.require(), id,
				new FindingDraft(r.severity(), r.title(), r.standard(), r.description()));
		return ResponseEntity.status(HttpStatus.CREATED).body(FindingResource.of(f));
	}

	@PostMapping("/api/v1/quality/findings/{id}/actions")
	@Operation(summary = "Add a corrective action to a finding (the audit's auditors)")
	ResponseEntity<ActionResource> action(@PathVariable long id, @RequestBody ActionRequest r) {
		CorrectiveAction a = this.audits.addAction(CurrentActor.require(), id,
				new ActionDraft(r.title(), r.ownerId(), r.due()));
		return ETags.created("/api/v1/quality/audits/" + a.auditId(), ActionResource.of(a), a.version());
	}

	@PostMapping("/api/v1/quality/actions/{id}/done")
	@Operation(summary = "Mark a corrective action done (its owner or an auditor; If-Match)")
	ResponseEntity<ActionResource> done(@PathVariable long id, @IfMatch long version) {
		CorrectiveAction a = this.audits.complete(CurrentActor.require(), id, version);
		return ETags.ok(ActionResource.of(a), a.version() + 1);
	}

	@PostMapping("/api/v1/quality/audits/{id}/close")
	@Operation(summary = "Close the audit once every corrective action is done (an auditor; If-Match)")
	ResponseEntity<AuditResource> close(@PathVariable long id, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		this.audits.close(actor, id, version);
		return ETags.ok(this.audits.view(actor, id), AuditView::version, AuditResource::of);
	}

	private static ResponseEntity<EventResource> answer(EventResource resource) {
		return ResponseEntity.status(resource.created() ? HttpStatus.CREATED : HttpStatus.OK).body(resource);
	}

	private static long squad(Long squadId) {
		if (squadId == null) {
			throw new RuleViolationException("squadId", "quality.error.required", "is required");
		}
		return squadId;
	}

}
