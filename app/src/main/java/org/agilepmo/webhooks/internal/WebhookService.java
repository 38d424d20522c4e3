package org.agilepmo.webhooks.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.PlatformEvent;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.Versioned;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and changing webhook endpoints (administrators only; every change audited,
 * never the secret), and reading their delivery logs.
 */
@Service
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class WebhookService {

	static final String ENTITY = "webhook-endpoint";

	/** The event types an endpoint may hear, in the order forms show them. */
	public static final List<String> EVENT_TYPES = List.of(PlatformEvent.PROJECT_STAGE_CHANGED,
			PlatformEvent.GATE_SIGNED, PlatformEvent.RISK_RATED_HIGH, PlatformEvent.REPORT_SUBMITTED,
			PlatformEvent.DEVIATION_RAISED);

	private final WebhookEndpoints endpoints;

	private final WebhookDeliveries deliveries;

	private final Destinations destinations;

	private final AuditTrail audit;

	private final Clock clock = Clock.systemUTC();

	WebhookService(WebhookEndpoints endpoints, WebhookDeliveries deliveries, Destinations destinations,
			AuditTrail audit) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.destinations = destinations;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<WebhookEndpoint> endpoints() {
		return this.endpoints.findAllByOrderByIdAsc();
	}

	@Transactional(readOnly = true)
	public WebhookEndpoint endpoint(long id) {
		return this.endpoints.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** The endpoint's latest deliveries, newest first. */
	@Transactional(readOnly = true)
	public List<WebhookDelivery> deliveries(long endpointId, int limit) {
		endpoint(endpointId);
		return this.deliveries.findByEndpointIdOrderByIdDesc(endpointId, PageRequest.of(0, limit));
	}

	/**
	 * Registers an endpoint; the answer carries its secret, which is shown this once.
	 */
	@Transactional
	public Registered register(EndpointDraft draft) {
		Set<String> types = check(draft);
		WebhookEndpoint endpoint = this.endpoints.saveAndFlush(
				new WebhookEndpoint(draft.url().strip(), blankToNull(draft.description()), Signatures.newSecret(),
						types, draft.clearance(), draft.allowPrivateAddress(), this.clock.instant()));
		this.audit.record(AuditRecord.created(ENTITY, endpoint.id(), Classification.PUBLIC, endpoint.state()));
		return new Registered(endpoint, endpoint.secret());
	}

	/** Changes an endpoint's address, events, clearance or state; the secret stays. */
	@Transactional
	public WebhookEndpoint change(long id, long expectedVersion, EndpointDraft draft) {
		WebhookEndpoint endpoint = endpoint(id);
		Versioned.check(ENTITY, id, expectedVersion, endpoint.version());
		Set<String> types = check(draft);
		Object before = endpoint.state();
		endpoint.configure(draft.url().strip(), blankToNull(draft.description()), types, draft.clearance(),
				draft.allowPrivateAddress());
		endpoint.activate(draft.active());
		this.endpoints.saveAndFlush(endpoint);
		this.audit.record(AuditRecord.updated(ENTITY, id, Classification.PUBLIC, before, endpoint.state()));
		return endpoint;
	}

	private Set<String> check(EndpointDraft draft) {
		if (draft.url() == null || draft.url().isBlank()) {
			throw new RuleViolationException("url", "webhooks.error.url.required", "Give the address to send to.");
		}
		if (draft.url().length() > 2000) {
			throw new RuleViolationException("url", "webhooks.error.url.invalid", "not an http or https address",
					draft.url().substring(0, 100));
		}
		this.destinations.check(draft.url().strip(), draft.allowPrivateAddress()).ifPresent(refusal -> {
			throw new RuleViolationException("url", refusal.messageKey(), refusal.describe(), refusal.arguments());
		});
		Set<String> types = new LinkedHashSet<>();
		if (draft.eventTypes() != null) {
			for (String type : draft.eventTypes()) {
				if (!EVENT_TYPES.contains(type)) {
					throw new RuleViolationException("eventTypes", "webhooks.error.eventType.unknown",
							"unknown event type " + type, type);
				}
				types.add(type);
			}
		}
		if (types.isEmpty()) {
			throw new RuleViolationException("eventTypes", "webhooks.error.eventType.required",
					"Choose at least one event.");
		}
		if (draft.clearance() == null) {
			throw new RuleViolationException("clearance", "webhooks.error.clearance.required",
					"Choose the classification the endpoint is cleared for.");
		}
		if (draft.description() != null && draft.description().length() > 200) {
			throw new RuleViolationException("description", "webhooks.error.description.tooLong",
					"Write at most 200 characters.");
		}
		return types;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** What an administrator asks for an endpoint. */
	public record EndpointDraft(String url, String description, Set<String> eventTypes, ScreeningLevel clearance,
			boolean allowPrivateAddress, boolean active) {
	}

	/** A new endpoint and its secret, shown once. */
	public record Registered(WebhookEndpoint endpoint, String secret) {
	}

}
