package org.agilepmo.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One e-mail of a distribution: the report published (or the week's reports of a digest)
 * for one recipient, in their language, and how sending it went. Written when the report
 * is published or the digest falls due, sent at once after that commit and again after a
 * failure, with doubling delays, until it is sent or given up.
 */
@Entity
@Table(name = "reporting_distribution_message")
public class DistributionMessage {

	/**
	 * Waiting to be sent (again), sent, given up, or not sent because the reader lost
	 * access.
	 */
	public enum Status {

		PENDING, SENT, FAILED, SKIPPED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "list_id", nullable = false, updatable = false)
	private long listId;

	@Column(nullable = false, updatable = false)
	private String occasion;

	@Column(nullable = false, updatable = false)
	private String recipient;

	@Column(name = "person_id", updatable = false)
	private Long personId;

	@Column(updatable = false)
	private String email;

	@Column(name = "display_name", updatable = false)
	private String displayName;

	@Column(nullable = false, updatable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "reporting_distribution_message_report", joinColumns = @JoinColumn(name = "message_id"))
	@Column(name = "report_id")
	private Set<Long> reportIds = new LinkedHashSet<>();

	protected DistributionMessage() {
	}

	DistributionMessage(long listId, String occasion, String recipient, Long personId, String email, String displayName,
			String language, Set<Long> reportIds, Instant now) {
		this.listId = listId;
		this.occasion = occasion;
		this.recipient = recipient;
		this.personId = personId;
		this.email = email;
		this.displayName = displayName;
		this.language = language;
		this.reportIds = new LinkedHashSet<>(reportIds);
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void sent(Instant now) {
		this.attempts++;
		this.status = Status.SENT;
		this.sentAt = now;
		this.nextAttemptAt = null;
		this.lastError = null;
	}

	/**
	 * A failed attempt: tried again after {@code firstRetry × 2^(attempts−1)}, given up
	 * after {@code maxAttempts}.
	 */
	void failed(String error, Instant now, Duration firstRetry, int maxAttempts) {
		this.attempts++;
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
			this.nextAttemptAt = null;
		}
		else {
			this.nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << (this.attempts - 1)));
		}
	}

	void skipped(String reason) {
		this.status = Status.SKIPPED;
		this.nextAttemptAt = null;
		this.lastError = reason;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long listId() {
		return this.listId;
	}

	public String occasion() {
		return this.occasion;
	}

	public boolean isDigest() {
		return this.occasion.startsWith("digest:");
	}

	public Long personId() {
		return this.personId;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public String language() {
		return this.language;
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

	public String lastError() {
		return this.lastError;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Set<Long> reportIds() {
		return Set.copyOf(this.reportIds);
	}

}
