package org.agilepmo.events.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

/**
 * One person's registration for an event: a person of the platform (named by their
 * account) or someone from outside it, of whom only what a certificate and the event's
 * figures need is kept: a name, an optional e-mail address, their organisation, their
 * country (ISO 3166 code), an optional gender and the language of their certificate.
 */
@Entity
@Table(name = "events_participant")
public class Participant {

	/** Where a registration stands. */
	public enum Status {

		REGISTERED, WAITING, CANCELLED

	}

	static final Set<String> GENDERS = Set.of("FEMALE", "MALE", "OTHER");

	static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "ar");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Column(name = "person_id", updatable = false)
	private Long personId;

	@Column(nullable = false)
	private String name;

	private String email;

	private String organisation;

	@Column(nullable = false)
	private String country;

	private String gender;

	@Column(nullable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	protected Participant() {
	}

	Participant(long eventId, Long personId, Details details, Status status, Instant now) {
		this.eventId = eventId;
		this.personId = personId;
		this.status = status;
		this.registeredAt = now;
		describe(details);
	}

	/**
	 * What is kept of a participant.
	 *
	 * @param country the ISO 3166-1 alpha-2 code (MA, SN, JO, FR)
	 * @param gender FEMALE, MALE, OTHER, or {@code null} when not given
	 * @param language en, fr, es or ar: the language of their certificate
	 */
	public record Details(String name, String email, String organisation, String country, String gender,
			String language) {

	}

	void describe(Details d) {
		if (d.name() == null || d.name().isBlank()) {
			throw new RuleViolationException("name", "events.error.required", "is required");
		}
		String email = blank(d.email());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new RuleViolationException("email", "events.error.email", "is not an e-mail address");
		}
		String country = d.country() == null ? "" : d.country().strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			throw new RuleViolationException("country", "events.error.country", "is not a country", country);
		}
		String gender = blank(d.gender());
		if (gender != null && !GENDERS.contains(gender)) {
			throw new RuleViolationException("gender", "events.error.gender", "is not one of the choices");
		}
		String language = blank(d.language()) == null ? "en" : d.language().strip();
		if (!LANGUAGES.contains(language)) {
			throw new RuleViolationException("language", "events.error.language", "is not one of the languages");
		}
		this.name = d.name().strip();
		this.email = email;
		this.organisation = blank(d.organisation());
		this.country = country;
		this.gender = gender;
		this.language = language;
	}

	void setStatus(Status status, Instant now) {
		if (this.status == Status.CANCELLED && status != Status.CANCELLED) {
			this.registeredAt = now;
		}
		this.status = status;
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("eventId", this.eventId);
		s.put("personId", this.personId);
		s.put("country", this.country);
		s.put("status", this.status);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long eventId() {
		return this.eventId;
	}

	public Long personId() {
		return this.personId;
	}

	public String name() {
		return this.name;
	}

	public String email() {
		return this.email;
	}

	public String organisation() {
		return this.organisation;
	}

	public String country() {
		return this.country;
	}

	public String gender() {
		return this.gender;
	}

	public String language() {
		return this.language;
	}

	public Status status() {
		return this.status;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

	public Details details() {
		return new Details(this.name, this.email, this.organisation, this.country, this.gender, this.language);
	}

}
