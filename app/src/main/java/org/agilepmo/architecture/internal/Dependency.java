package org.agilepmo.architecture.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One application depending on another: it uses a service of it, receives its data, is
 * composed of it. The kind is the relation's name (ArchiMate's when imported).
 */
@Entity(name = "ApplicationDependency")
@Table(name = "architecture_dependency")
public class Dependency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "from_id", nullable = false, updatable = false)
	private long fromId;

	@Column(name = "to_id", nullable = false, updatable = false)
	private long toId;

	@Column(nullable = false, updatable = false)
	private String kind;

	protected Dependency() {
	}

	Dependency(long fromId, long toId, String kind) {
		this.fromId = fromId;
		this.toId = toId;
		this.kind = kind;
	}

	public Long id() {
		return this.id;
	}

	public long fromId() {
		return this.fromId;
	}

	public long toId() {
		return this.toId;
	}

	public String kind() {
		return this.kind;
	}

}
