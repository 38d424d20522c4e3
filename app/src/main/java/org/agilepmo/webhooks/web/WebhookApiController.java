package org.agilepmo.webhooks.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.agilepmo.webhooks.internal.WebhookDelivery;
import org.agilepmo.webhooks.internal.WebhookEndpoint;
import org.agilepmo.webhooks.internal.WebhookService;
import org.agilepmo.webhooks.internal.WebhookService.EndpointDraft;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Webhook endpoints and their delivery logs through the API (administrators). */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Webhooks", description = "Endpoints that hear the platform's events, signed as Standard Webhooks")
class WebhookApiController {

	private final WebhookService webhooks;

	WebhookApiController(WebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	@Operation(summary = "Every endpoint (their secrets are never shown again)")
	List<EndpointView> list() {
		return this.webhooks.endpoints().stream().map(EndpointView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One endpoint")
	ResponseEntity<EndpointView> get(@PathVariable long id) {
		return ETags.ok(EndpointView.of(this.webhooks.endpoint(id)), EndpointView::version);
	}

	@PostMapping
	@Operation(summary = "Register an endpoint; the answer carries its signing secret, shown this once")
	ResponseEntity<RegisteredView> register(@RequestBody EndpointBody body) {
		WebhookService.Registered registered = this.webhooks.register(body.draft(true));
		EndpointView view = EndpointView.of(registered.endpoint());
		return ETags.created("/api/v1/webhooks/" + view.id(), new RegisteredView(view, registered.secret()),
				view.version());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an endpoint's address, events, clearance or whether it is active; needs If-Match")
	ResponseEntity<EndpointView> change(@PathVariable long id, @RequestBody EndpointBody body, @IfMatch long version) {
		return ETags.ok(
				EndpointView.of(this.webhooks.change(id, version, body.draft(body.active() == null || body.active()))),
				EndpointView::version);
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "The endpoint's latest 100 deliveries, newest first")
	List<DeliveryView> deliveries(@PathVariable long id) {
		return this.webhooks.deliveries(id, 100).stream().map(DeliveryView::of).toList();
	}

	record EndpointBody(String url, String description, Set<String> eventTypes, ScreeningLevel clearance,
			Boolean allowPrivateAddress, Boolean active) {

		EndpointDraft draft(boolean active) {
			return new EndpointDraft(this.url, this.description, this.eventTypes,
					(this.clearance != null) ? this.clearance : ScreeningLevel.NONE,
					Boolean.TRUE.equals(this.allowPrivateAddress), active);
		}

	}

	record EndpointView(long id, long version, String url, String description, Set<String> eventTypes,
			ScreeningLevel clearance, boolean allowPrivateAddress, boolean active, String secretHint,
			Instant createdAt) {

		static EndpointView of(WebhookEndpoint e) {
			return new EndpointView(e.id(), e.version(), e.url(), e.description(), e.eventTypes(), e.clearance(),
					e.allowPrivateAddress(), e.active(), e.secretHint(), e.createdAt());
		}

	}

	record RegisteredView(EndpointView endpoint, String secret) {
	}

	record DeliveryView(long id, String messageId, String eventType, String status, int attempts, Integer lastStatus,
			String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt) {

		static DeliveryView of(WebhookDelivery d) {
			return new DeliveryView(d.id(), d.messageId(), d.eventType(), d.status().name(), d.attempts(),
					d.lastStatus(), d.lastError(), d.createdAt(), d.lastAttemptAt(), d.nextAttemptAt());
		}

	}

}
