package org.agilepmo.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One upload of an attached file: its number, size, the type read from its bytes, its
 * SHA-256, who uploaded it and when. The bytes are in {@link AttachmentContent}.
 */
@Entity
@Table(name = "discussion_attachment_version")
class AttachmentVersion {

	private static final String PENDING = "0".repeat(64);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "attachment_id", nullable = false)
	private long attachmentId;

	@Column(nullable = false)
	private int number;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "uploaded_by", nullable = false)
	private long uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected AttachmentVersion() {
	}

	AttachmentVersion(long attachmentId, int number, String contentType, long uploadedBy, Instant now) {
		this.attachmentId = attachmentId;
		this.number = number;
		this.contentType = contentType;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
		this.sha256 = PENDING;
	}

	/** What storing the bytes measured: how many there were and their SHA-256. */
	void stored(long size, String sha256) {
		this.sizeBytes = size;
		this.sha256 = sha256;
	}

	Long id() {
		return this.id;
	}

	long attachmentId() {
		return this.attachmentId;
	}

	int number() {
		return this.number;
	}

	long sizeBytes() {
		return this.sizeBytes;
	}

	String contentType() {
		return this.contentType;
	}

	String sha256() {
		return this.sha256;
	}

	long uploadedBy() {
		return this.uploadedBy;
	}

	Instant uploadedAt() {
		return this.uploadedAt;
	}

}
