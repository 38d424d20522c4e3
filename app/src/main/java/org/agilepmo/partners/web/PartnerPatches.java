package org.agilepmo.partners.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.agilepmo.partners.internal.OrganisationType;
import org.agilepmo.partners.internal.PartnerContact;
import org.agilepmo.partners.internal.PartnerOrganisation;
import org.agilepmo.partners.internal.Stakeholder;
import org.agilepmo.partners.internal.Strategy;
import org.agilepmo.web.Patch;

/** The partial updates of the partners' API: only the properties sent change. */
final class PartnerPatches {

	private PartnerPatches() {
	}

	@Schema(name = "PartnerOrganisationPatch", description = "Only the properties sent are changed")
	static class OrganisationPatch extends Patch<PartnerOrganisation.Draft> {

		private String name;

		private OrganisationType type;

		private String country;

		private String languages;

		public void setName(String name) {
			mark("name");
			this.name = name;
		}

		public void setType(OrganisationType type) {
			mark("type");
			this.type = type;
		}

		public void setCountry(String country) {
			mark("country");
			this.country = country;
		}

		public void setLanguages(String languages) {
			mark("languages");
			this.languages = languages;
		}

		@Override
		public PartnerOrganisation.Draft applyTo(PartnerOrganisation.Draft current) {
			return new PartnerOrganisation.Draft(pick("name", this.name, current.name()),
					pick("type", this.type, current.type()), pick("country", this.country, current.country()),
					pick("languages", this.languages, current.languages()));
		}

	}

	@Schema(name = "PartnerContactPatch", description = "Only the properties sent are changed")
	static class ContactPatch extends Patch<PartnerContact.Draft> {

		private String name;

		private String role;

		private String country;

		private String languages;

		private String email;

		private String phone;

		private LocalDate retainUntil;

		public void setName(String name) {
			mark("name");
			this.name = name;
		}

		public void setRole(String role) {
			mark("role");
			this.role = role;
		}

		public void setCountry(String country) {
			mark("country");
			this.country = country;
		}

		public void setLanguages(String languages) {
			mark("languages");
			this.languages = languages;
		}

		public void setEmail(String email) {
			mark("email");
			this.email = email;
		}

		public void setPhone(String phone) {
			mark("phone");
			this.phone = phone;
		}

		public void setRetainUntil(LocalDate retainUntil) {
			mark("retainUntil");
			this.retainUntil = retainUntil;
		}

		@Override
		public PartnerContact.Draft applyTo(PartnerContact.Draft current) {
			return new PartnerContact.Draft(pick("name", this.name, current.name()),
					pick("role", this.role, current.role()), pick("country", this.country, current.country()),
					pick("languages", this.languages, current.languages()), pick("email", this.email, current.email()),
					pick("phone", this.phone, current.phone()),
					pick("retainUntil", this.retainUntil, current.retainUntil()));
		}

	}

	@Schema(name = "StakeholderPatch", description = "Only the properties sent are changed")
	static class StakeholderPatch extends Patch<Stakeholder.Draft> {

		private Integer interest;

		private Integer influence;

		private Strategy override;

		private String reason;

		public void setInterest(Integer interest) {
			mark("interest");
			this.interest = interest;
		}

		public void setInfluence(Integer influence) {
			mark("influence");
			this.influence = influence;
		}

		public void setOverride(Strategy override) {
			mark("override");
			this.override = override;
		}

		public void setReason(String reason) {
			mark("reason");
			this.reason = reason;
		}

		@Override
		public Stakeholder.Draft applyTo(Stakeholder.Draft current) {
			return new Stakeholder.Draft(pick("interest", this.interest, current.interest()),
					pick("influence", this.influence, current.influence()),
					pick("override", this.override, current.override()), pick("reason", this.reason, current.reason()));
		}

	}

}
