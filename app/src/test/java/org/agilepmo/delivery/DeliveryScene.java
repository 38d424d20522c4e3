package org.agilepmo.delivery;

import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/**
 * A tribe with a squad of its own and a squad member, built as an administrator would;
 * every code is unique so that tests never see each other's squads.
 */
public class DeliveryScene {

	private final IdentityFixtures people;

	private final PersonSummary administrator;

	private final OrgUnitDetails directorate;

	private final OrgUnitDetails tribe;

	private final OrgUnitDetails squad;

	private final PersonSummary squadMember;

	public DeliveryScene(IdentityFixtures people, OrganisationManagement organisation) {
		this.people = people;
		this.administrator = people.person("deliv-admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.squadMember = people.person("squad", ScreeningLevel.BASIC);
		this.directorate = people.actingAs(this.administrator, () -> organisation
			.create(new NewUnit(code(), "Delivery directorate", UnitType.DIRECTORATE, null, null)));
		this.tribe = people.actingAs(this.administrator, () -> organisation
			.create(new NewUnit(code(), "Tribe " + code(), UnitType.TRIBE, this.directorate.id(), null)));
		this.squad = people.actingAs(this.administrator, () -> organisation
			.create(new NewUnit(code(), "Squad " + code(), UnitType.SQUAD, this.tribe.id(), null)));
		people.actingAs(this.administrator, () -> organisation.addMember(this.squad.id(), this.squadMember.id()));
	}

	public static String code() {
		return ("D-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
	}

	public static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

	public long squadId() {
		return this.squad.id();
	}

	public long tribeId() {
		return this.tribe.id();
	}

	public PersonSummary squadMember() {
		return this.squadMember;
	}

	public Actor member() {
		return actor(this.squadMember);
	}

	public PersonSummary administrator() {
		return this.administrator;
	}

	public IdentityFixtures people() {
		return this.people;
	}

}
