package org.agilepmo.webhooks.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registered endpoints. */
public interface WebhookEndpoints extends JpaRepository<WebhookEndpoint, Long> {

	List<WebhookEndpoint> findAllByOrderByIdAsc();

	List<WebhookEndpoint> findByActiveTrue();

}
