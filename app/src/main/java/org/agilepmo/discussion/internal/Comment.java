package org.agilepmo.discussion.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.security.access.AccessDeniedException;

/**
 * One comment on one object, in Markdown. Only its author edits it, and each edit keeps
 * the body it replaced; its author or an administrator removes it, which keeps the row
 * (the thread says "comment removed") and the audit trail keeps what it said.
 */
@Entity
@Table(name = "discussion_comment")
class Comment {

	static final int MAX_LENGTH = 20_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "object_kind", nullable = false)
	private String objectKind;

	@Column(name = "object_id", nullable = false)
	private long objectId;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Column(nullable = false)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "edited_at")
	private Instant editedAt;

	@Column(name = "removed_at")
	private Instant removedAt;

	@Column(name = "removed_by")
	private Long removedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "comment_id", nullable = false)
	@OrderBy("replacedAt")
	private List<CommentRevision> revisions = new ArrayList<>();

	protected Comment() {
	}

	Comment(ObjectRef about, long authorId, String body, Instant now) {
		this.objectKind = about.kind();
		this.objectId = about.id();
		this.authorId = authorId;
		this.body = checked(body);
		this.createdAt = now;
	}

	/** The author rewrites the comment; the body it replaces joins its history. */
	void edit(long personId, long expectedVersion, String newBody, Instant now) {
		checkVersion(expectedVersion);
		if (isRemoved()) {
			throw new RuleViolationException("body", "discussion.comment.removedAlready",
					"This comment was removed and can no longer be edited");
		}
		if (personId != this.authorId) {
			throw new AccessDeniedException("only the author edits a comment");
		}
		String checked = checked(newBody);
		if (checked.equals(this.body)) {
			return;
		}
		this.revisions.add(new CommentRevision(this.body, this.editedAt == null ? this.createdAt : this.editedAt, now));
		this.body = checked;
		this.editedAt = now;
	}

	/** Its author, or an administrator, removes it. */
	void remove(long personId, boolean administrator, long expectedVersion, Instant now) {
		checkVersion(expectedVersion);
		if (personId != this.authorId && !administrator) {
			throw new AccessDeniedException("only the author or an administrator removes a comment");
		}
		if (isRemoved()) {
			return;
		}
		this.removedAt = now;
		this.removedBy = personId;
	}

	private void checkVersion(long expectedVersion) {
		if (expectedVersion != this.version) {
			throw new StaleVersionException("comment", this.id, expectedVersion, this.version);
		}
	}

	static String checked(String body) {
		String text = (body == null) ? "" : body.strip();
		if (text.isEmpty()) {
			throw new RuleViolationException("body", "discussion.comment.empty", "Write something to comment");
		}
		if (text.length() > MAX_LENGTH) {
			throw new RuleViolationException("body", "discussion.comment.tooLong",
					"A comment holds at most " + MAX_LENGTH + " characters", MAX_LENGTH);
		}
		return text;
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

	long authorId() {
		return this.authorId;
	}

	String body() {
		return this.body;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant editedAt() {
		return this.editedAt;
	}

	Instant removedAt() {
		return this.removedAt;
	}

	List<CommentRevision> revisions() {
		return List.copyOf(this.revisions);
	}

}
