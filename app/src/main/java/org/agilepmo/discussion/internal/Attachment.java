package org.agilepmo.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.StaleVersionException;

/**
 * One file name on one object. Uploading the same name again to the same object adds a
 * version; every version stays listed and downloadable. Removing it hides it and its
 * versions (the audit trail keeps that it was there).
 */
@Entity
@Table(name = "discussion_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "object_kind", nullable = false)
	private String objectKind;

	@Column(name = "object_id", nullable = false)
	private long objectId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "latest_number", nullable = false)
	private int latestNumber;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "removed_at")
	private Instant removedAt;

	@Column(name = "removed_by")
	private Long removedBy;

	protected Attachment() {
	}

	Attachment(ObjectRef about, String fileName, Instant now) {
		this.objectKind = about.kind();
		this.objectId = about.id();
		this.fileName = fileName;
		this.createdAt = now;
	}

	/** The number the next version of the file takes: 1 for the first. */
	int nextVersion() {
		this.latestNumber++;
		return this.latestNumber;
	}

	void remove(long personId, long expectedVersion, Instant now) {
		if (expectedVersion != this.version) {
			throw new StaleVersionException("attachment", this.id, expectedVersion, this.version);
		}
		if (this.removedAt == null) {
			this.removedAt = now;
			this.removedBy = personId;
		}
	}

	boolean isRemoved() {
		return this.removedAt != null;
	}

	Long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	ObjectRef about() {
		return new ObjectRef(this.objectKind, this.objectId);
	}

	String fileName() {
		return this.fileName;
	}

	int latestNumber() {
		return this.latestNumber;
	}

}
