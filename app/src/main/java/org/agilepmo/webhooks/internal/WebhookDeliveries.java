package org.agilepmo.webhooks.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Deliveries: those due for an attempt, and an endpoint's log, newest first. */
public interface WebhookDeliveries extends JpaRepository<WebhookDelivery, Long> {

	List<WebhookDelivery> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
			WebhookDelivery.Status status, Instant now, Pageable page);

	List<WebhookDelivery> findByEndpointIdOrderByIdDesc(long endpointId, Pageable page);

	List<WebhookDelivery> findByEndpointIdOrderByIdAsc(long endpointId);

}
