package org.agilepmo.discussion.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A body a comment had before an edit, with when it was written and replaced. */
@Entity
@Table(name = "discussion_comment_revision")
class CommentRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String body;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "replaced_at", nullable = false)
	private Instant replacedAt;

	protected CommentRevision() {
	}

	CommentRevision(String body, Instant writtenAt, Instant replacedAt) {
		this.body = body;
		this.writtenAt = writtenAt;
		this.replacedAt = replacedAt;
	}

	String body() {
		return this.body;
	}

	Instant writtenAt() {
		return this.writtenAt;
	}

	Instant replacedAt() {
		return this.replacedAt;
	}

}
