package org.agilepmo.demo;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.AccountManagement.NewAccount;
import org.agilepmo.identity.ActingAs;
import org.agilepmo.identity.DemoCredentials;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.DemoContribution;
import org.agilepmo.shared.GlobalRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo organisation and people once (on the first start of an empty
 * database), then runs every module's {@link DemoContribution} in their order; at every
 * later start, gives the demo people the demo password of this run.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String MARKER_UNIT = "ICT";

	private final DemoCredentials credentials;

	private final AccountManagement accounts;

	private final People people;

	private final OrganisationManagement organisation;

	private final ActingAs actingAs;

	private final ObjectProvider<DemoContribution> contributions;

	DemoData(DemoCredentials credentials, AccountManagement accounts, People people,
			OrganisationManagement organisation, ActingAs actingAs, ObjectProvider<DemoContribution> contributions) {
		this.credentials = credentials;
		this.accounts = accounts;
		this.people = people;
		this.organisation = organisation;
		this.actingAs = actingAs;
		this.contributions = contributions;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = this.credentials.demoPassword().orElseThrow();
		boolean fresh = this.organisation.all().stream().noneMatch(u -> MARKER_UNIT.equals(u.code()));
		this.actingAs.run(this.credentials.administrator(), () -> {
			if (fresh) {
				createOrganisationAndPeople(password);
				this.contributions.orderedStream().forEach(DemoContribution::write);
				log.info("Demo data created");
			}
			else {
				for (DemoPeople.DemoPerson p : DemoPeople.ALL) {
					if (this.people.findByUsername(p.username()).isPresent()) {
						this.accounts.resetPassword(p.username(), password);
					}
				}
			}
		});
	}

	private void createOrganisationAndPeople(String password) {
		Map<String, Long> units = new HashMap<>();
		unit(units, "ICT", "ICT Directorate", UnitType.DIRECTORATE, null);
		unit(units, "CC-PMO", "Project Management Office", UnitType.COMPETENCY_CENTRE, "ICT");
		unit(units, "CC-SD", "Solution Design", UnitType.COMPETENCY_CENTRE, "ICT");
		unit(units, "CC-DEVOPS", "DevOps and Quality Assurance", UnitType.COMPETENCY_CENTRE, "ICT");
		unit(units, "CC-DEV", "Development", UnitType.COMPETENCY_CENTRE, "ICT");
		unit(units, "TRIBE-DS", "Tribe Digital Services", UnitType.TRIBE, "ICT");
		unit(units, "SQ-ALPHA", "Squad Alpha", UnitType.SQUAD, "TRIBE-DS");
		unit(units, "SQ-BRAVO", "Squad Bravo", UnitType.SQUAD, "TRIBE-DS");
		unit(units, "TRIBE-DA", "Tribe Data and Analytics", UnitType.TRIBE, "ICT");
		unit(units, "SQ-CHARLIE", "Squad Charlie", UnitType.SQUAD, "TRIBE-DA");
		unit(units, "SQ-DELTA", "Squad Delta", UnitType.SQUAD, "TRIBE-DA");
		unit(units, "POL", "Police Services Directorate", UnitType.DIRECTORATE, null);
		unit(units, "POL-CRIM", "Criminal Records Unit", UnitType.UNIT, "POL");
		unit(units, "POL-BORD", "Border Management Unit", UnitType.UNIT, "POL");
		for (DemoPeople.DemoPerson p : DemoPeople.ALL) {
			EnumSet<GlobalRole> roles = EnumSet.of(GlobalRole.MEMBER);
			roles.addAll(p.roles());
			PersonSummary person = this.accounts.create(new NewAccount(p.username(), p.displayName(),
					p.username() + "@agilepmo.example", password, p.screening(), roles, true));
			for (String unit : p.units()) {
				this.organisation.addMember(units.get(unit), person.id());
			}
		}
	}

	private void unit(Map<String, Long> units, String code, String name, UnitType type, String parent) {
		OrgUnitDetails created = this.organisation
			.create(new NewUnit(code, name, type, parent == null ? null : units.get(parent), null));
		units.put(code, created.id());
	}

}
