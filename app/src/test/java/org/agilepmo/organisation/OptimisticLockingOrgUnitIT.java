package org.agilepmo.organisation;

import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Load twice, change one, save the stale one: the conflict is reported and nothing
 * changes.
 */
@PmoTest
class OptimisticLockingOrgUnitIT {

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void savingAStaleCopyFailsAndLeavesTheVersion() {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		String code = "L-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		OrgUnitDetails created = this.people.actingAs(admin, () -> this.organisation
			.create(new OrganisationManagement.NewUnit(code, "Lock", UnitType.DIRECTORATE, null, null)));
		OrgUnitDetails first = this.organisation.details(created.id());
		OrgUnitDetails second = this.organisation.details(created.id());
		this.people.actingAs(admin, () -> this.organisation.update(first.id(), first.version(),
				new OrganisationManagement.UnitChange("Changed first", null, null, false)));
		assertThatThrownBy(() -> this.people.actingAs(admin,
				() -> this.organisation.update(second.id(), second.version(),
						new OrganisationManagement.UnitChange("Changed second", null, null, false))))
			.isInstanceOf(StaleVersionException.class);
		OrgUnitDetails now = this.organisation.details(created.id());
		assertThat(now.version()).isEqualTo(first.version() + 1);
		assertThat(now.name()).isEqualTo("Changed first");
	}

}
