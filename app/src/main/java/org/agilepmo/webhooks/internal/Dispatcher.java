package org.agilepmo.webhooks.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due, oldest first: the address is checked again (the
 * host's addresses now, not when it was registered), the body is POSTed with the Standard
 * Webhooks headers and a fresh signature, redirects are not followed, and an answer other
 * than 2xx (or none within the timeout) schedules the next attempt after a delay that
 * doubles each time ({@code pmo.webhooks.first-retry}, 30 s by default, up to
 * {@code pmo.webhooks.max-attempts}, 8). Each outcome is saved in its own transaction;
 * two instances that picked the same delivery save it once (its version).
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final WebhookDeliveries deliveries;

	private final WebhookEndpoints endpoints;

	private final Destinations destinations;

	private final TransactionTemplate transactions;

	private final Duration firstRetry;

	private final int maxAttempts;

	private final Duration timeout;

	private final HttpClient http;

	private final Clock clock = Clock.systemUTC();

	Dispatcher(WebhookDeliveries deliveries, WebhookEndpoints endpoints, Destinations destinations,
			PlatformTransactionManager transactions, @Value("${pmo.webhooks.first-retry:30s}") Duration firstRetry,
			@Value("${pmo.webhooks.max-attempts:8}") int maxAttempts,
			@Value("${pmo.webhooks.timeout:10s}") Duration timeout) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.destinations = destinations;
		this.transactions = new TransactionTemplate(transactions);
		this.firstRetry = firstRetry;
		this.maxAttempts = maxAttempts;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	@Scheduled(fixedDelayString = "${pmo.webhooks.poll-interval:5s}",
			initialDelayString = "${pmo.webhooks.poll-interval:5s}")
	public void deliverDue() {
		List<WebhookDelivery> due = this.transactions
			.execute(status -> this.deliveries.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
					WebhookDelivery.Status.PENDING, this.clock.instant(), PageRequest.of(0, 50)));
		for (WebhookDelivery delivery : (due == null) ? List.<WebhookDelivery>of() : due) {
			attempt(delivery);
		}
	}

	private void attempt(WebhookDelivery delivery) {
		Optional<WebhookEndpoint> endpoint = this.endpoints.findById(delivery.endpointId());
		Outcome outcome;
		if (endpoint.isEmpty() || !endpoint.get().active()) {
			outcome = new Outcome(null, "the endpoint is switched off");
		}
		else {
			outcome = this.destinations.check(endpoint.get().url(), endpoint.get().allowPrivateAddress())
				.map(refusal -> new Outcome(null, refusal.describe()))
				.orElseGet(() -> post(endpoint.get(), delivery));
		}
		Instant now = this.clock.instant();
		try {
			this.transactions.executeWithoutResult(status -> {
				WebhookDelivery current = this.deliveries.findById(delivery.id()).orElseThrow();
				if (current.version() != delivery.version() || current.status() != WebhookDelivery.Status.PENDING) {
					return;
				}
				if (outcome.delivered()) {
					current.succeeded(outcome.status(), now);
				}
				else {
					current.failed(outcome.status(), outcome.error(), now, this.firstRetry, this.maxAttempts);
				}
				this.deliveries.saveAndFlush(current);
			});
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			log.debug("Delivery {} was saved by another instance", delivery.messageId());
		}
	}

	private Outcome post(WebhookEndpoint endpoint, WebhookDelivery delivery) {
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "AgilePMO-Webhooks/1")
			.header("webhook-id", delivery.messageId())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature",
					Signatures.sign(endpoint.secret(), delivery.messageId(), timestamp, delivery.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			return (status >= 200 && status < 300) ? new Outcome(status, null)
					: new Outcome(status, "the endpoint answered " + status);
		}
		catch (IOException ex) {
			return new Outcome(null, "no answer: " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, "interrupted");
		}
	}

	private record Outcome(Integer status, String error) {

		boolean delivered() {
			return this.status != null && this.error == null;
		}

	}

}
