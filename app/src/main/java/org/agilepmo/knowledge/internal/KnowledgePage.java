package org.agilepmo.knowledge.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/** A page of the knowledge base: its current title and text, and its revision number. */
@Entity
@Table(name = "knowledge_page")
public class KnowledgePage {

	static final int MAX_BODY = 200_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Scope scope;

	@Column(name = "scope_id", updatable = false)
	private Long scopeId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private int revision;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private long updatedBy;

	protected KnowledgePage() {
	}

	KnowledgePage(Scope scope, Long scopeId, Draft draft, long author, Instant now) {
		this.scope = scope;
		this.scopeId = scope == Scope.PMO ? null : scopeId;
		apply(draft, author, now);
	}

	/** The editable state of a page. */
	public record Draft(String title, String body) {
	}

	/** Takes the new text as the next revision; answers false when nothing changed. */
	boolean apply(Draft draft, long author, Instant now) {
		String t = draft.title() == null ? "" : draft.title().strip();
		if (t.isEmpty()) {
			throw new RuleViolationException("title", "knowledge.error.required", "is required");
		}
		if (t.length() > 200 || t.contains("[[") || t.contains("]]")) {
			throw new RuleViolationException("title", "knowledge.error.title", "is too long or holds [[ or ]]");
		}
		String b = draft.body() == null ? "" : draft.body().replace("\r\n", "\n");
		if (b.length() > MAX_BODY) {
			throw new RuleViolationException("body", "knowledge.error.tooLong", "is too long", MAX_BODY);
		}
		if (this.revision > 0 && t.equals(this.title) && b.equals(this.body)) {
			return false;
		}
		this.title = t;
		this.body = b;
		this.revision++;
		this.updatedAt = now;
		this.updatedBy = author;
		return true;
	}

	public Draft draft() {
		return new Draft(this.title, this.body);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("scope", this.scope);
		s.put("scopeId", this.scopeId);
		s.put("title", this.title);
		s.put("revision", this.revision);
		return s;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public Scope scope() {
		return this.scope;
	}

	public Long scopeId() {
		return this.scopeId;
	}

	public String title() {
		return this.title;
	}

	public String body() {
		return this.body;
	}

	public int revision() {
		return this.revision;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public long updatedBy() {
		return this.updatedBy;
	}

}
