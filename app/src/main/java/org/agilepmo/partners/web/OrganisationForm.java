package org.agilepmo.partners.web;

import org.agilepmo.partners.internal.OrganisationType;
import org.agilepmo.partners.internal.PartnerOrganisation;

/** The organisation form: every field, replaced as a whole. */
public class OrganisationForm {

	private Long unitId;

	private String name;

	private OrganisationType type;

	private String country;

	private String languages;

	private long version;

	static OrganisationForm of(PartnerOrganisation o) {
		OrganisationForm f = new OrganisationForm();
		f.unitId = o.unitId();
		f.name = o.name();
		f.type = o.type();
		f.country = o.country();
		f.languages = o.languages();
		f.version = o.version();
		return f;
	}

	PartnerOrganisation.Draft draft() {
		return new PartnerOrganisation.Draft(this.name, this.type, this.country, this.languages);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getLanguages() {
		return this.languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
