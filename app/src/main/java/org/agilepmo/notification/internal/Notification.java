package org.agilepmo.notification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.agilepmo.notification.NotificationReason;
import org.agilepmo.shared.ObjectRef;

/** One thing that concerned one person, kept for the in-app list; read or not. */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationReason reason;

	@Column(name = "object_kind", nullable = false)
	private String objectKind;

	@Column(name = "object_id", nullable = false)
	private long objectId;

	@Column(name = "by_person")
	private Long byPerson;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(long personId, NotificationReason reason, ObjectRef about, Long byPerson, Instant now) {
		this.personId = personId;
		this.reason = reason;
		this.objectKind = about.kind();
		this.objectId = about.id();
		this.byPerson = byPerson;
		this.createdAt = now;
	}

	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	Long id() {
		return this.id;
	}

	long personId() {
		return this.personId;
	}

	NotificationReason reason() {
		return this.reason;
	}

	ObjectRef about() {
		return new ObjectRef(this.objectKind, this.objectId);
	}

	Long byPerson() {
		return this.byPerson;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	boolean isRead() {
		return this.readAt != null;
	}

}
