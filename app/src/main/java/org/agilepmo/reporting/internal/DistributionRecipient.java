package org.agilepmo.reporting.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recipient of a distribution list: a person of the platform (who reads in the
 * language of their account), or an external address the PMO listed with the language its
 * reader reads.
 */
@Entity
@Table(name = "reporting_distribution_recipient")
public class DistributionRecipient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", updatable = false)
	private Long personId;

	@Column(updatable = false)
	private String email;

	@Column(name = "display_name", updatable = false)
	private String displayName;

	@Column(nullable = false, updatable = false)
	private String language;

	@Column(name = "added_by", nullable = false, updatable = false)
	private long addedBy;

	@Column(name = "added_at", nullable = false, updatable = false)
	private Instant addedAt;

	protected DistributionRecipient() {
	}

	private DistributionRecipient(Long personId, String email, String displayName, String language, long addedBy,
			Instant addedAt) {
		this.personId = personId;
		this.email = email;
		this.displayName = displayName;
		this.language = language;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	static DistributionRecipient person(long personId, long by, Instant now) {
		return new DistributionRecipient(personId, null, null, "en", by, now);
	}

	static DistributionRecipient external(String email, String displayName, String language, long by, Instant now) {
		return new DistributionRecipient(null, email, displayName, language, by, now);
	}

	/** The key that makes one message per occasion and recipient. */
	String key() {
		return this.personId != null ? "person:" + this.personId : "email:" + this.email.toLowerCase(Locale.ROOT);
	}

	public Long id() {
		return this.id;
	}

	public Long personId() {
		return this.personId;
	}

	public boolean isPerson() {
		return this.personId != null;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The external reader's language; a person's is their account's. */
	public String language() {
		return this.language;
	}

	public Instant addedAt() {
		return this.addedAt;
	}

	public long addedBy() {
		return this.addedBy;
	}

}
