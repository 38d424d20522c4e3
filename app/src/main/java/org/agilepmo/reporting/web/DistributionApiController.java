package org.agilepmo.reporting.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.reporting.internal.DistributionList;
import org.agilepmo.reporting.internal.DistributionList.Scope;
import org.agilepmo.reporting.internal.DistributionMessage;
import org.agilepmo.reporting.internal.DistributionRecipient;
import org.agilepmo.reporting.internal.DistributionService;
import org.agilepmo.reporting.internal.StatusReportService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Distribution lists of portfolios and projects through the API (the PMO's), and what was
 * sent of a report by e-mail.
 */
@RestController
@Tag(name = "Reporting", description = "Status reports, deviations and their remediation")
class DistributionApiController {

	private final DistributionService distribution;

	private final StatusReportService reports;

	DistributionApiController(DistributionService distribution, StatusReportService reports) {
		this.distribution = distribution;
		this.reports = reports;
	}

	record RecipientResource(long id, String kind, Long personId, String email, String name, String language,
			Instant addedAt) {

		static RecipientResource of(DistributionRecipient r) {
			return new RecipientResource(r.id(), r.isPerson() ? "person" : "external", r.personId(), r.email(),
					r.displayName(), r.isPerson() ? null : r.language(), r.addedAt());
		}

	}

	record ListResource(String scope, long scopeId, boolean onPublish, DayOfWeek digestDay, String digestTime,
			String timeZone, Instant lastDigestAt, List<RecipientResource> recipients, boolean stored) {

		static ListResource of(DistributionList l) {
			return new ListResource(l.scope().portfolio() ? "portfolio" : "project", l.scope().id(), l.onPublish(),
					l.digestDay(), l.digestTime(), l.timeZone(), l.lastDigestAt(),
					l.recipients().stream().map(RecipientResource::of).toList(), l.id() != null);
		}

	}

	/**
	 * A person of the platform ({@code personId}), or an external address with its
	 * language.
	 */
	record NewRecipient(Long personId, String email, String name, String language) {
	}

	@GetMapping("/api/v1/portfolios/{id}/distribution-list")
	@Operation(summary = "A portfolio's distribution list of published status reports (PMO)",
			description = "The defaults (sent at publication, no digest, nobody) until the PMO sets it (ETag \"0\").")
	ResponseEntity<ListResource> portfolio(@PathVariable long id) {
		return get(Scope.ofPortfolio(id));
	}

	@GetMapping("/api/v1/projects/{id}/distribution-list")
	@Operation(summary = "A project's distribution list of published status reports (PMO)")
	ResponseEntity<ListResource> project(@PathVariable long id) {
		return get(Scope.ofProject(id));
	}

	private ResponseEntity<ListResource> get(Scope scope) {
		DistributionList list = this.distribution.of(CurrentActor.require(), scope);
		return ETags.ok(ListResource.of(list), list.etag());
	}

	@PutMapping("/api/v1/portfolios/{id}/distribution-list")
	@Operation(summary = "When a portfolio's published reports go out (PMO)",
			description = "At publication and/or a weekly digest on a day and time of a time zone. Needs If-Match.")
	ResponseEntity<ListResource> schedulePortfolio(@PathVariable long id,
			@RequestBody DistributionList.Schedule schedule, @IfMatch long version) {
		return answer(this.distribution.schedule(CurrentActor.require(), Scope.ofPortfolio(id), version, schedule));
	}

	@PutMapping("/api/v1/projects/{id}/distribution-list")
	@Operation(summary = "When a project's published reports go out (PMO)", description = "Needs If-Match.")
	ResponseEntity<ListResource> scheduleProject(@PathVariable long id, @RequestBody DistributionList.Schedule schedule,
			@IfMatch long version) {
		return answer(this.distribution.schedule(CurrentActor.require(), Scope.ofProject(id), version, schedule));
	}

	@PostMapping("/api/v1/portfolios/{id}/distribution-list/recipients")
	@Operation(summary = "Add a recipient to a portfolio's list (PMO)",
			description = "A person who sees the portfolio, or an external address with its language (en, fr, es, "
					+ "ar). Needs If-Match.")
	ResponseEntity<ListResource> addToPortfolio(@PathVariable long id, @RequestBody NewRecipient recipient,
			@IfMatch long version) {
		return answer(add(Scope.ofPortfolio(id), version, recipient));
	}

	@PostMapping("/api/v1/projects/{id}/distribution-list/recipients")
	@Operation(summary = "Add a recipient to a project's list (PMO)", description = "Needs If-Match.")
	ResponseEntity<ListResource> addToProject(@PathVariable long id, @RequestBody NewRecipient recipient,
			@IfMatch long version) {
		return answer(add(Scope.ofProject(id), version, recipient));
	}

	private DistributionList add(Scope scope, long version, NewRecipient r) {
		Actor actor = CurrentActor.require();
		if (r.personId() != null) {
			return this.distribution.addPerson(actor, scope, version, r.personId());
		}
		return this.distribution.addExternal(actor, scope, version, r.email(), r.name(), r.language());
	}

	@DeleteMapping("/api/v1/portfolios/{id}/distribution-list/recipients/{recipientId}")
	@Operation(summary = "Remove a recipient from a portfolio's list (PMO)", description = "Needs If-Match.")
	ResponseEntity<ListResource> removeFromPortfolio(@PathVariable long id, @PathVariable long recipientId,
			@IfMatch long version) {
		return answer(this.distribution.remove(CurrentActor.require(), Scope.ofPortfolio(id), version, recipientId));
	}

	@DeleteMapping("/api/v1/projects/{id}/distribution-list/recipients/{recipientId}")
	@Operation(summary = "Remove a recipient from a project's list (PMO)", description = "Needs If-Match.")
	ResponseEntity<ListResource> removeFromProject(@PathVariable long id, @PathVariable long recipientId,
			@IfMatch long version) {
		return answer(this.distribution.remove(CurrentActor.require(), Scope.ofProject(id), version, recipientId));
	}

	private static ResponseEntity<ListResource> answer(DistributionList list) {
		return ETags.ok(ListResource.of(list), list.etag());
	}

	record SendResource(long id, String occasion, Long personId, String email, String name, String language,
			String status, int attempts, Instant sentAt, Instant nextAttemptAt, String lastError, Instant createdAt) {

		static SendResource of(DistributionMessage m) {
			return new SendResource(m.id(), m.isDigest() ? "digest" : "publication", m.personId(), m.email(),
					m.displayName(), m.language(), m.status().name(), m.attempts(), m.sentAt(), m.nextAttemptAt(),
					m.lastError(), m.createdAt());
		}

	}

	record SendList(List<SendResource> items) {
	}

	@GetMapping("/api/v1/status-reports/{id}/distribution")
	@Operation(summary = "What was sent of a report by e-mail (PMO)",
			description = "Each message with its recipient, outcome, attempts and next attempt; empty for others.")
	SendList sends(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		return new SendList(
				this.distribution.sendsOf(actor, this.reports.get(actor, id)).stream().map(SendResource::of).toList());
	}

}
