package org.agilepmo.partners.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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

/** An organisation a unit works with, owned by that unit. */
@Entity
@Table(name = "partners_organisation")
public class PartnerOrganisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationType type;

	@Column(nullable = false)
	private String country;

	@Column(nullable = false)
	private String languages;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected PartnerOrganisation() {
	}

	PartnerOrganisation(long unitId, Draft draft, Instant now) {
		this.unitId = unitId;
		this.createdAt = now;
		apply(draft);
	}

	/** The editable state of an organisation. */
	public record Draft(String name, OrganisationType type, String country, String languages) {
	}

	void apply(Draft draft) {
		String checkedName = Fields.required("name", draft.name(), 200);
		if (draft.type() == null) {
			throw new RuleViolationException("type", "partners.error.required", "is required");
		}
		String checkedCountry = Places.country("country", draft.country(), true);
		List<String> langs = Places.languages("languages", draft.languages());
		this.name = checkedName;
		this.type = draft.type();
		this.country = checkedCountry;
		this.languages = String.join(",", langs);
	}

	public Draft draft() {
		return new Draft(this.name, this.type, this.country, this.languages);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("unitId", this.unitId);
		s.put("name", this.name);
		s.put("type", this.type);
		s.put("country", this.country);
		s.put("languages", this.languages);
		return s;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long unitId() {
		return this.unitId;
	}

	public String name() {
		return this.name;
	}

	public OrganisationType type() {
		return this.type;
	}

	public String country() {
		return this.country;
	}

	public String languages() {
		return this.languages;
	}

}
