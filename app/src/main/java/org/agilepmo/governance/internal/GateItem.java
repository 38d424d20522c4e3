package org.agilepmo.governance.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One criterion or deliverable of a project's gate: open, signed off (by whom, in which
 * role, with what evidence) or waived (by whom, why).
 */
@Entity
@Table(name = "project_gate_item")
public class GateItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(nullable = false, updatable = false)
	private boolean standard;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private GateItemKind kind;

	@Column(nullable = false, updatable = false)
	private boolean mandatory;

	@Enumerated(EnumType.STRING)
	@Column(name = "sign_off_role", nullable = false, updatable = false)
	private SignOffRole signOffRole;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GateItemStatus status;

	@Column(name = "evidence_url")
	private String evidenceUrl;

	private String note;

	@Column(name = "acted_by")
	private Long actedBy;

	@Column(name = "acted_by_name")
	private String actedByName;

	@Column(name = "acted_at")
	private Instant actedAt;

	protected GateItem() {
	}

	GateItem(TemplateItem t, int position) {
		this.position = position;
		this.code = t.code();
		this.title = t.title();
		this.standard = t.standard();
		this.kind = t.kind();
		this.mandatory = t.mandatory();
		this.signOffRole = t.signOffRole();
		this.status = GateItemStatus.OPEN;
	}

	void close(GateItemStatus status, String evidenceUrl, String note, long who, String whoName, Instant when) {
		this.status = status;
		this.evidenceUrl = evidenceUrl;
		this.note = note;
		this.actedBy = who;
		this.actedByName = whoName;
		this.actedAt = when;
	}

	void reopen() {
		this.status = GateItemStatus.OPEN;
		this.evidenceUrl = null;
		this.note = null;
		this.actedBy = null;
		this.actedByName = null;
		this.actedAt = null;
	}

	/** Mandatory and neither signed off nor waived: blocks the gate. */
	public boolean blocks() {
		return this.mandatory && !this.status.isClosed();
	}

	public Long id() {
		return this.id;
	}

	public int position() {
		return this.position;
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public boolean standard() {
		return this.standard;
	}

	public GateItemKind kind() {
		return this.kind;
	}

	public boolean mandatory() {
		return this.mandatory;
	}

	public SignOffRole signOffRole() {
		return this.signOffRole;
	}

	public GateItemStatus status() {
		return this.status;
	}

	public String evidenceUrl() {
		return this.evidenceUrl;
	}

	public String note() {
		return this.note;
	}

	public Long actedBy() {
		return this.actedBy;
	}

	public String actedByName() {
		return this.actedByName;
	}

	public Instant actedAt() {
		return this.actedAt;
	}

	String state() {
		return this.code + "=" + this.status + (this.actedByName == null ? "" : " by " + this.actedByName)
				+ (this.evidenceUrl == null ? "" : " evidence " + this.evidenceUrl)
				+ (this.note == null ? "" : " (" + this.note + ")");
	}

}
