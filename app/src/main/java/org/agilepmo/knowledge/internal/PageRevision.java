package org.agilepmo.knowledge.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a page, as it was written; never changed. */
@Entity
@Table(name = "knowledge_revision")
public class PageRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "page_id", nullable = false, updatable = false)
	private long pageId;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(updatable = false)
	private String note;

	@Column(name = "author_id", nullable = false, updatable = false)
	private long authorId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected PageRevision() {
	}

	PageRevision(KnowledgePage page, String note) {
		this.pageId = page.id();
		this.number = page.revision();
		this.title = page.title();
		this.body = page.body();
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.authorId = page.updatedBy();
		this.createdAt = page.updatedAt();
	}

	public long pageId() {
		return this.pageId;
	}

	public int number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public String note() {
		return this.note;
	}

	public long authorId() {
		return this.authorId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
