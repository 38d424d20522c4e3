package org.agilepmo.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.partners.internal.EngagementKind;
import org.agilepmo.partners.internal.OrganisationType;
import org.agilepmo.partners.internal.PartnerContact;
import org.agilepmo.partners.internal.PartnerOrganisation;
import org.agilepmo.partners.internal.PartnerService;
import org.agilepmo.partners.internal.Retention;
import org.agilepmo.partners.internal.Stakeholder;
import org.agilepmo.partners.internal.StakeholderService;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

import org.springframework.boot.test.context.TestComponent;

/**
 * The partners module's public test support: units with members, partner organisations,
 * contacts, stakeholders and engagements made through the module's services, answered as
 * ids and versions.
 */
@TestComponent
public class PartnersFixtures {

	private final PartnerService partners;

	private final StakeholderService stakeholders;

	private final Retention retention;

	private final OrganisationManagement organisation;

	private final IdentityFixtures people;

	PartnersFixtures(PartnerService partners, StakeholderService stakeholders, Retention retention,
			OrganisationManagement organisation, IdentityFixtures people) {
		this.partners = partners;
		this.stakeholders = stakeholders;
		this.retention = retention;
		this.organisation = organisation;
		this.people = people;
	}

	/** A new operational unit (under a new directorate) with these members; its id. */
	public long unit(PersonSummary... members) {
		PersonSummary admin = this.people.person("orgadmin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		return this.people.actingAs(admin, () -> {
			String code = "U-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			long directorate = this.organisation
				.create(new NewUnit("D" + code, "Directorate " + code, UnitType.DIRECTORATE, null, null))
				.id();
			long unit = this.organisation.create(new NewUnit(code, "Unit " + code, UnitType.UNIT, directorate, null))
				.id();
			for (PersonSummary m : members) {
				this.organisation.addMember(unit, m.id());
			}
			return unit;
		});
	}

	public long organisation(PersonSummary who, long unitId, String name) {
		return this.people.actingAs(who,
				() -> this.partners
					.addOrganisation(IdentityFixtures.actor(who), unitId,
							new PartnerOrganisation.Draft(name, OrganisationType.NATIONAL_BUREAU, "MA", "ar,fr"))
					.id());
	}

	public long organisationVersion(PersonSummary who, long id) {
		return this.partners.organisation(IdentityFixtures.actor(who), id).version();
	}

	public long contact(PersonSummary who, long organisationId, String name, String email, String phone,
			LocalDate retainUntil) {
		return this.people
			.actingAs(who,
					() -> this.partners
						.addContact(IdentityFixtures.actor(who), organisationId,
								new PartnerContact.Draft(name, "Liaison officer", "SN", "fr", email, phone,
										retainUntil))
						.id());
	}

	public long contactVersion(PersonSummary who, long id) {
		return this.partners.contact(IdentityFixtures.actor(who), id).version();
	}

	/** A stakeholder of the project: the contact when given, else the organisation. */
	public long stakeholder(PersonSummary who, long projectId, Long organisationId, Long contactId, int interest,
			int influence) {
		return this.people.actingAs(who,
				() -> this.stakeholders
					.add(IdentityFixtures.actor(who), projectId, organisationId, contactId,
							new Stakeholder.Draft(interest, influence, null, null))
					.id());
	}

	public long stakeholderVersion(PersonSummary who, long id) {
		return this.stakeholders.stakeholder(IdentityFixtures.actor(who), id).version();
	}

	public long engagement(PersonSummary who, long stakeholderId, String summary, Long... contactIds) {
		return this.people.actingAs(who,
				() -> this.stakeholders
					.record(IdentityFixtures.actor(who), stakeholderId, LocalDate.now().minusDays(1),
							EngagementKind.MEETING, summary, Set.of(contactIds))
					.id());
	}

	/**
	 * Runs the retention job as of that day; answers the ids of the contacts it
	 * anonymised.
	 */
	public List<Long> anonymiseExpired(LocalDate day) {
		return this.retention.anonymisedBefore(day);
	}

}
