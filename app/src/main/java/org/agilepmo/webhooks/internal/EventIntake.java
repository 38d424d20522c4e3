package org.agilepmo.webhooks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agilepmo.shared.PlatformEvent;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one delivery per endpoint that hears a {@link PlatformEvent}, inside the
 * publishing transaction (a plain {@code @EventListener}): the deliveries exist exactly
 * when the change commits, and the dispatcher sends them from the database, so that a
 * restart loses none.
 */
@Component
class EventIntake {

	private final WebhookEndpoints endpoints;

	private final WebhookDeliveries deliveries;

	private final ObjectMapper json;

	private final Clock clock = Clock.systemUTC();

	EventIntake(WebhookEndpoints endpoints, WebhookDeliveries deliveries, ObjectMapper json) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.json = json;
	}

	@EventListener
	void on(PlatformEvent event) {
		Instant now = this.clock.instant();
		String payload = null;
		for (WebhookEndpoint endpoint : this.endpoints.findByActiveTrue()) {
			if (endpoint.hears(event.type(), event.classification())) {
				payload = (payload != null) ? payload : payload(event, now);
				this.deliveries
					.save(new WebhookDelivery(endpoint.id(), Signatures.newMessageId(), event.type(), payload, now));
			}
		}
	}

	/**
	 * The body as the Standard Webhooks specification shapes it: {@code type},
	 * {@code timestamp} and {@code data}; the data names the subject.
	 */
	private String payload(PlatformEvent event, Instant now) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("subject", Map.of("kind", event.subject().kind(), "id", event.subject().id()));
		data.putAll(event.data());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", event.type());
		body.put("timestamp", now.toString());
		body.put("data", data);
		return this.json.writeValueAsString(body);
	}

}
