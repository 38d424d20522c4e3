package org.agilepmo.partners.internal;

import java.time.LocalDate;
import java.util.Set;

import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo partners of the Criminal Records Unit in Morocco, Senegal, Jordan and France,
 * their contacts, and the criminal records project's stakeholders on its grid with a few
 * engagements.
 */
@Component
@Order(75)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class PartnersDemo implements DemoContribution {

	private final PartnerService partners;

	private final StakeholderService stakeholders;

	private final OrganisationDirectory organisation;

	private final ProjectCatalogue projects;

	private final PartnersClock clock;

	PartnersDemo(PartnerService partners, StakeholderService stakeholders, OrganisationDirectory organisation,
			ProjectCatalogue projects, PartnersClock clock) {
		this.partners = partners;
		this.stakeholders = stakeholders;
		this.organisation = organisation;
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Long unit = this.organisation.ofType(UnitType.UNIT)
			.stream()
			.filter(u -> "POL-CRIM".equals(u.code()))
			.map(OrgUnitSummary::id)
			.findFirst()
			.orElse(null);
		if (unit == null) {
			return;
		}
		LocalDate keep = this.clock.today().plusYears(2);
		var dgsn = org(admin, unit, "Direction Générale de la Sûreté Nationale", OrganisationType.NATIONAL_BUREAU, "MA",
				"ar,fr");
		var senegal = org(admin, unit, "Police nationale du Sénégal", OrganisationType.NATIONAL_BUREAU, "SN", "fr,wo");
		var jordan = org(admin, unit, "Public Security Directorate", OrganisationType.NATIONAL_BUREAU, "JO", "ar,en");
		var interior = org(admin, unit, "Ministère de l'Intérieur", OrganisationType.GOVERNMENT, "FR", "fr,en");
		var karima = this.partners.addContact(admin, dgsn.id(), new PartnerContact.Draft("Karima El Idrissi",
				"Head of records", "MA", "ar,fr", "k.elidrissi@example.org", "+212 5 37 00 00 00", keep));
		var moussa = this.partners.addContact(admin, senegal.id(), new PartnerContact.Draft("Moussa Diop",
				"Liaison officer", "SN", "fr,wo", "m.diop@example.org", null, keep));
		var rania = this.partners.addContact(admin, jordan.id(), new PartnerContact.Draft("Rania Haddad",
				"Director of information systems", "JO", "ar,en", "r.haddad@example.org", null, keep));
		var claire = this.partners.addContact(admin, interior.id(), new PartnerContact.Draft("Claire Martin",
				"Programme officer", "FR", "fr,en", "c.martin@example.org", null, keep));
		ProjectOverview project = this.projects.listVisible(admin)
			.stream()
			.filter(p -> "POL-CRIMREC".equals(p.code()))
			.findFirst()
			.orElse(null);
		if (project == null) {
			return;
		}
		var sKarima = this.stakeholders.add(admin, project.id(), null, karima.id(),
				new Stakeholder.Draft(5, 4, null, null));
		this.stakeholders.add(admin, project.id(), null, moussa.id(), new Stakeholder.Draft(4, 2, null, null));
		this.stakeholders.add(admin, project.id(), null, rania.id(),
				new Stakeholder.Draft(2, 4, Strategy.MANAGE_CLOSELY, "Hosts the regional data centre"));
		this.stakeholders.add(admin, project.id(), interior.id(), null, new Stakeholder.Draft(1, 2, null, null));
		this.stakeholders.record(admin, sKarima.id(), this.clock.today().minusDays(20), EngagementKind.MEETING,
				"Kick-off in Rabat: agreed the record format and the migration calendar.", Set.of());
		this.stakeholders.record(admin, sKarima.id(), this.clock.today().minusDays(6), EngagementKind.MESSAGE,
				"Sent the draft data-sharing agreement for review.", Set.of(claire.id()));
	}

	private PartnerOrganisation org(Actor admin, long unit, String name, OrganisationType type, String country,
			String languages) {
		return this.partners.addOrganisation(admin, unit,
				new PartnerOrganisation.Draft(name, type, country, languages));
	}

}
