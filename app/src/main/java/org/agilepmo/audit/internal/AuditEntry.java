package org.agilepmo.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One link of the chain. Written once, never updated (Hibernate refuses to flush a
 * change).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private long seq;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	@Column(nullable = false)
	private String action;

	@Column(name = "entity_type", nullable = false)
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	@Column(nullable = false)
	private String classification;

	private String summary;

	@Column(name = "before_state")
	private String before;

	@Column(name = "after_state")
	private String after;

	@Column(name = "prev_hash", nullable = false)
	private String prevHash;

	@Column(nullable = false)
	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(long seq, Instant occurredAt, Long actorId, String actorName, String action, String entityType,
			String entityId, String classification, String summary, String before, String after, String prevHash) {
		this.seq = seq;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.classification = classification;
		this.summary = summary;
		this.before = before;
		this.after = after;
		this.prevHash = prevHash;
		this.hash = ChainHash.of(this);
	}

	long seq() {
		return this.seq;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

	Long actorId() {
		return this.actorId;
	}

	String actorName() {
		return this.actorName;
	}

	String action() {
		return this.action;
	}

	String entityType() {
		return this.entityType;
	}

	String entityId() {
		return this.entityId;
	}

	String classification() {
		return this.classification;
	}

	String summary() {
		return this.summary;
	}

	String before() {
		return this.before;
	}

	String after() {
		return this.after;
	}

	String prevHash() {
		return this.prevHash;
	}

	String hash() {
		return this.hash;
	}

}
