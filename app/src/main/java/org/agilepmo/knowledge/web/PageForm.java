package org.agilepmo.knowledge.web;

import org.agilepmo.knowledge.internal.KnowledgePage;
import org.agilepmo.knowledge.internal.Scope;

/**
 * The page form: its owner when it is new, its title and text, and a note on the change.
 */
public class PageForm {

	private Scope scope;

	private Long scopeId;

	private String title;

	private String body;

	private String note;

	private long version;

	static PageForm of(KnowledgePage p) {
		PageForm f = new PageForm();
		f.scope = p.scope();
		f.scopeId = p.scopeId();
		f.title = p.title();
		f.body = p.body();
		f.version = p.version();
		return f;
	}

	KnowledgePage.Draft draft() {
		return new KnowledgePage.Draft(this.title, this.body);
	}

	/** The owner chosen in a list: {@code PMO}, or {@code UNIT:} and the unit's id. */
	public String getOwner() {
		return this.scope == null ? null : this.scope == Scope.PMO ? "PMO" : this.scope + ":" + this.scopeId;
	}

	public void setOwner(String owner) {
		if (owner == null || owner.isBlank()) {
			return;
		}
		String[] parts = owner.split(":");
		try {
			this.scope = Scope.valueOf(parts[0]);
			this.scopeId = parts.length > 1 ? Long.valueOf(parts[1]) : null;
		}
		catch (IllegalArgumentException ex) {
			this.scope = null;
		}
	}

	public Scope getScope() {
		return this.scope;
	}

	public void setScope(Scope scope) {
		this.scope = scope;
	}

	public Long getScopeId() {
		return this.scopeId;
	}

	public void setScopeId(Long scopeId) {
		this.scopeId = scopeId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
