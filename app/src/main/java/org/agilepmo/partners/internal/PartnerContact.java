package org.agilepmo.partners.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.agilepmo.shared.RuleViolationException;

/**
 * A person at a partner organisation: only what working with them needs, kept until its
 * retention date and then anonymised.
 */
@Entity
@Table(name = "partners_contact")
public class PartnerContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private long organisationId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(nullable = false)
	private String name;

	private String role;

	private String country;

	@Column(nullable = false)
	private String languages;

	private String email;

	private String phone;

	@Column(name = "retain_until", nullable = false)
	private LocalDate retainUntil;

	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	protected PartnerContact() {
	}

	PartnerContact(PartnerOrganisation organisation, Draft draft, LocalDate today) {
		this.organisationId = organisation.id();
		this.unitId = organisation.unitId();
		apply(draft, today);
	}

	/** The editable state of a contact. */
	public record Draft(String name, String role, String country, String languages, String email, String phone,
			LocalDate retainUntil) {
	}

	void apply(Draft draft, LocalDate today) {
		if (isAnonymised()) {
			throw new RuleViolationException("name", "partners.error.anonymised", "this contact has been anonymised");
		}
		String checkedName = Fields.required("name", draft.name(), 200);
		String checkedRole = Fields.optional("role", draft.role(), 200);
		String checkedCountry = Places.country("country", draft.country(), false);
		String langs = String.join(",", Places.languages("languages", draft.languages()));
		String checkedEmail = Fields.email("email", draft.email());
		String checkedPhone = Fields.phone("phone", draft.phone());
		if (draft.retainUntil() == null) {
			throw new RuleViolationException("retainUntil", "partners.error.required", "is required");
		}
		if (!draft.retainUntil().isAfter(today)) {
			throw new RuleViolationException("retainUntil", "partners.error.retentionPast", "must be after today");
		}
		if (draft.retainUntil().isAfter(today.plusYears(10))) {
			throw new RuleViolationException("retainUntil", "partners.error.retentionTooLong",
					"must be within ten years");
		}
		this.name = checkedName;
		this.role = checkedRole;
		this.country = checkedCountry;
		this.languages = langs;
		this.email = checkedEmail;
		this.phone = checkedPhone;
		this.retainUntil = draft.retainUntil();
	}

	/** Blanks everything that says who the person was; the record stays for its links. */
	void anonymise(Instant now) {
		this.name = "C-" + this.id;
		this.role = null;
		this.email = null;
		this.phone = null;
		this.languages = "";
		this.anonymisedAt = now;
	}

	public boolean isAnonymised() {
		return this.anonymisedAt != null;
	}

	public Draft draft() {
		return new Draft(this.name, this.role, this.country, this.languages, this.email, this.phone, this.retainUntil);
	}

	/**
	 * What the audit trail keeps of a contact: never the personal fields themselves, so
	 * that anonymising the contact leaves no copy of them behind in the append-only
	 * trail.
	 */
	Map<String, Object> auditState() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("organisationId", this.organisationId);
		s.put("country", this.country);
		s.put("retainUntil", String.valueOf(this.retainUntil));
		s.put("anonymised", isAnonymised());
		return s;
	}

	/** Everything the platform holds about the person, for their export. */
	Map<String, Object> personalState(String organisationName) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("id", this.id);
		s.put("name", this.name);
		s.put("organisation", organisationName);
		s.put("role", this.role);
		s.put("country", this.country);
		s.put("languages", this.languages);
		s.put("email", this.email);
		s.put("phone", this.phone);
		s.put("retainUntil", String.valueOf(this.retainUntil));
		return s;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long organisationId() {
		return this.organisationId;
	}

	public long unitId() {
		return this.unitId;
	}

	public String name() {
		return this.name;
	}

	public String role() {
		return this.role;
	}

	public String country() {
		return this.country;
	}

	public String languages() {
		return this.languages;
	}

	public String email() {
		return this.email;
	}

	public String phone() {
		return this.phone;
	}

	public LocalDate retainUntil() {
		return this.retainUntil;
	}

	public Instant anonymisedAt() {
		return this.anonymisedAt;
	}

}
