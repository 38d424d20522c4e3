package org.agilepmo.webhooks.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One message to one endpoint: its id and body (signed at each attempt with a fresh
 * timestamp), and how its attempts went. Pending until the endpoint answers 2xx, then
 * delivered; after the last attempt, failed.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

	/** Where a delivery stands. */
	public enum Status {

		PENDING, DELIVERED, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "endpoint_id", nullable = false)
	private long endpointId;

	@Column(name = "message_id", nullable = false)
	private String messageId;

	@Column(name = "event_type", nullable = false)
	private String eventType;

	@Column(nullable = false)
	private String payload;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_attempt_at")
	private Instant lastAttemptAt;

	@Column(name = "last_status")
	private Integer lastStatus;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected WebhookDelivery() {
	}

	WebhookDelivery(long endpointId, String messageId, String eventType, String payload, Instant now) {
		this.endpointId = endpointId;
		this.messageId = messageId;
		this.eventType = eventType;
		this.payload = payload;
		this.status = Status.PENDING;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	void succeeded(int httpStatus, Instant now) {
		this.attempts++;
		this.lastAttemptAt = now;
		this.lastStatus = httpStatus;
		this.lastError = null;
		this.status = Status.DELIVERED;
		this.nextAttemptAt = null;
	}

	/**
	 * An attempt failed: the next one waits {@code firstRetry × 2^(attempts-1)}, until
	 * {@code maxAttempts} were made.
	 */
	void failed(Integer httpStatus, String error, Instant now, Duration firstRetry, int maxAttempts) {
		this.attempts++;
		this.lastAttemptAt = now;
		this.lastStatus = httpStatus;
		this.lastError = (error == null) ? null : error.substring(0, Math.min(500, error.length()));
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
			this.nextAttemptAt = null;
		}
		else {
			long factor = 1L << Math.min(this.attempts - 1, 20);
			this.nextAttemptAt = now.plus(firstRetry.multipliedBy(factor));
		}
	}

	public Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	public long endpointId() {
		return this.endpointId;
	}

	public String messageId() {
		return this.messageId;
	}

	public String eventType() {
		return this.eventType;
	}

	public String payload() {
		return this.payload;
	}

	public Status status() {
		return this.status;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Instant lastAttemptAt() {
		return this.lastAttemptAt;
	}

	public Integer lastStatus() {
		return this.lastStatus;
	}

	public String lastError() {
		return this.lastError;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
