package org.agilepmo.resources.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.agilepmo.shared.RuleViolationException;

/**
 * A language a resource speaks, at a level: the platform's four (en, fr, es, ar) and any
 * other, by its ISO code.
 */
@Entity
@Table(name = "resources_resource_language")
public class ResourceLanguage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false, updatable = false)
	private long resourceId;

	@Column(nullable = false, updatable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(name = "language_level", nullable = false)
	private LanguageLevel level;

	protected ResourceLanguage() {
	}

	ResourceLanguage(long resourceId, String language, LanguageLevel level) {
		this.resourceId = resourceId;
		this.language = code(language);
		this.level = require(level);
	}

	void rate(LanguageLevel level) {
		this.level = require(level);
	}

	/** A language's ISO 639 code, two or three letters, lower case. */
	static String code(String language) {
		if (language == null || !language.matches("[A-Za-z]{2,3}")) {
			throw new RuleViolationException("language", "resources.error.language",
					"a language is its two- or three-letter ISO code");
		}
		return language.toLowerCase(java.util.Locale.ROOT);
	}

	private static LanguageLevel require(LanguageLevel level) {
		if (level == null) {
			throw new RuleViolationException("level", "resources.error.required", "a level is required");
		}
		return level;
	}

	public long resourceId() {
		return this.resourceId;
	}

	public String language() {
		return this.language;
	}

	public LanguageLevel level() {
		return this.level;
	}

}
