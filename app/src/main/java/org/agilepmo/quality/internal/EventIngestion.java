package org.agilepmo.quality.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the delivery events DORA's keys are computed from, whether a person or a
 * pipeline sends them (through the API with a token) or a source host calls a webhook.
 * Each event is recorded once per source id: sending it again answers what was recorded
 * and writes nothing, except that an incident already recorded as open may be resolved.
 */
@Service
public class EventIngestion {

	static final String DEPLOYMENT = "quality-deployment";

	static final String CHANGE = "quality-change";

	static final String INCIDENT = "quality-incident";

	/** How far ahead of the server's clock an event's time may be (clock skew). */
	private static final Duration SKEW = Duration.ofMinutes(5);

	private final Deployments deployments;

	private final Changes changes;

	private final Incidents incidents;

	private final IndicatorAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	EventIngestion(Deployments deployments, Changes changes, Incidents incidents, IndicatorAccess access,
			AuditTrail audit, Optional<Clock> clock) {
		this.deployments = deployments;
		this.changes = changes;
		this.incidents = incidents;
		this.access = access;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * A deployment to production, with the changes it carries if the sender knows them.
	 */
	public record DeploymentInput(String externalId, String serviceRef, String commitSha, Instant deployedAt,
			boolean failed, List<ChangeInput> changes) {

		public DeploymentInput {
			changes = changes == null ? List.of() : List.copyOf(changes);
		}

	}

	/** A commit to a service. */
	public record ChangeInput(String externalId, String serviceRef, Instant committedAt) {

	}

	/**
	 * An incident: opened, perhaps resolved, perhaps caused by a deployment (its source
	 * id).
	 */
	public record IncidentInput(String externalId, String serviceRef, String title, Instant openedAt,
			Instant resolvedAt, String causedBy) {

	}

	/** What was recorded, and whether this call recorded it (or it was there already). */
	public record Ingested<T>(T value, boolean created) {

	}

	@Transactional
	public Ingested<Deployment> deployment(Actor actor, long squadId, DeploymentInput input) {
		this.access.requireSquad(squadId, actor);
		return deployment(squadId, input);
	}

	@Transactional
	public Ingested<Change> change(Actor actor, long squadId, ChangeInput input) {
		this.access.requireSquad(squadId, actor);
		return change(squadId, input);
	}

	@Transactional
	public Ingested<Incident> incident(Actor actor, long squadId, IncidentInput input) {
		this.access.requireSquad(squadId, actor);
		return incident(squadId, input);
	}

	/** For a verified webhook: the integration stands for the squad. */
	@Transactional
	public Ingested<Deployment> deployment(long squadId, DeploymentInput input) {
		String externalId = Texts.required("externalId", input.externalId(), 200);
		Optional<Deployment> known = this.deployments.findBySquadIdAndExternalId(squadId, externalId);
		if (known.isPresent()) {
			return new Ingested<>(known.get(), false);
		}
		String service = Texts.required("serviceRef", input.serviceRef(), 120);
		Instant at = past("deployedAt", input.deployedAt());
		for (ChangeInput carried : input.changes()) {
			change(squadId, new ChangeInput(carried.externalId(),
					carried.serviceRef() == null ? service : carried.serviceRef(), carried.committedAt()));
		}
		Deployment deployment = this.deployments.save(new Deployment(squadId, service, externalId,
				Texts.optional("commitSha", input.commitSha(), 80), at, input.failed(), now()));
		if (!deployment.failed()) {
			this.changes
				.findBySquadIdAndServiceRefAndDeploymentIdIsNullAndCommittedAtLessThanEqual(squadId, service, at)
				.forEach(c -> c.deployedBy(deployment));
		}
		this.audit.record(AuditRecord.created(DEPLOYMENT, deployment.id(), Classification.PUBLIC, deployment.state()));
		return new Ingested<>(deployment, true);
	}

	@Transactional
	public Ingested<Change> change(long squadId, ChangeInput input) {
		String externalId = Texts.required("externalId", input.externalId(), 200);
		Optional<Change> known = this.changes.findBySquadIdAndExternalId(squadId, externalId);
		if (known.isPresent()) {
			return new Ingested<>(known.get(), false);
		}
		String service = Texts.required("serviceRef", input.serviceRef(), 120);
		Instant at = past("committedAt", input.committedAt());
		Change change = this.changes.save(new Change(squadId, service, externalId, at, now()));
		this.deployments
			.findFirstBySquadIdAndServiceRefAndFailedFalseAndDeployedAtGreaterThanEqualOrderByDeployedAtAsc(squadId,
					service, at)
			.ifPresent(change::deployedBy);
		this.audit.record(AuditRecord.created(CHANGE, change.id(), Classification.PUBLIC, change.state()));
		return new Ingested<>(change, true);
	}

	@Transactional
	public Ingested<Incident> incident(long squadId, IncidentInput input) {
		String externalId = Texts.required("externalId", input.externalId(), 200);
		Long causedBy = null;
		if (input.causedBy() != null && !input.causedBy().isBlank()) {
			causedBy = this.deployments.findBySquadIdAndExternalId(squadId, input.causedBy().strip())
				.map(Deployment::id)
				.orElseThrow(() -> new RuleViolationException("causedBy", "quality.error.unknownDeployment",
						"names no deployment of this squad"));
		}
		Optional<Incident> known = this.incidents.findBySquadIdAndExternalId(squadId, externalId);
		if (known.isPresent()) {
			Incident incident = known.get();
			boolean resolves = input.resolvedAt() != null && incident.resolvedAt() == null;
			boolean traces = causedBy != null && incident.deploymentId() == null;
			if (resolves || traces) {
				String before = incident.state();
				if (resolves) {
					incident.resolve(past("resolvedAt", input.resolvedAt()));
				}
				incident.causedBy(causedBy);
				this.audit.record(
						AuditRecord.updated(INCIDENT, incident.id(), Classification.PUBLIC, before, incident.state()));
			}
			return new Ingested<>(incident, false);
		}
		Incident incident = new Incident(squadId, Texts.required("serviceRef", input.serviceRef(), 120), externalId,
				Texts.required("title", input.title(), 200), past("openedAt", input.openedAt()), causedBy, now());
		if (input.resolvedAt() != null) {
			incident.resolve(past("resolvedAt", input.resolvedAt()));
		}
		incident = this.incidents.save(incident);
		this.audit.record(AuditRecord.created(INCIDENT, incident.id(), Classification.PUBLIC, incident.state()));
		return new Ingested<>(incident, true);
	}

	private Instant past(String field, Instant at) {
		if (at == null) {
			throw new RuleViolationException(field, "quality.error.required", "is required");
		}
		if (at.isAfter(now().plus(SKEW))) {
			throw new RuleViolationException(field, "quality.error.future", "is in the future");
		}
		return at;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
