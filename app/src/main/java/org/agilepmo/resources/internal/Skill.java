package org.agilepmo.resources.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/** A skill of the catalogue that profiles, requests and squad targets name. */
@Entity
@Table(name = "resources_skill")
public class Skill {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	protected Skill() {
	}

	static Skill define(String code, String name) {
		if (code == null || !code.matches("[A-Z0-9_-]{2,40}")) {
			throw new RuleViolationException("code", "resources.error.skillCode",
					"a code of 2 to 40 capital letters, digits, hyphens or underscores");
		}
		Skill s = new Skill();
		s.code = code;
		s.rename(name);
		return s;
	}

	void rename(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new RuleViolationException("name", "resources.error.name", "a name of 1 to 200 characters");
		}
		this.name = name.strip();
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

}
