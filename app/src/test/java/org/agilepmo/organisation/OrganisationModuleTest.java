package org.agilepmo.organisation;

import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisation module started with only the modules it uses (identity, audit): an
 * administrator builds a directorate with a tribe and a member; anyone else is refused.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class OrganisationModuleTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void anAdministratorBuildsADirectorateWithATribeAndAMember() {
		PersonSummary admin = this.identity.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		PersonSummary member = this.identity.person("member", ScreeningLevel.BASIC);

		OrgUnitDetails tribe = this.identity.actingAs(admin, () -> {
			OrgUnitDetails directorate = this.organisation
				.create(new NewUnit(code("DIR"), "Directorate", UnitType.DIRECTORATE, null, null));
			OrgUnitDetails created = this.organisation
				.create(new NewUnit(code("TRIBE"), "Tribe", UnitType.TRIBE, directorate.id(), null));
			return this.organisation.addMember(created.id(), member.id());
		});

		assertThat(tribe.parentName()).isEqualTo("Directorate");
		assertThat(tribe.members()).extracting(PersonSummary::id).containsExactly(member.id());
	}

	@Test
	void aMemberMayNotCreateAUnit() {
		PersonSummary member = this.identity.person("member", ScreeningLevel.ENHANCED);

		assertThatThrownBy(() -> this.identity.actingAs(member,
				() -> this.organisation
					.create(new NewUnit(code("DIR"), "Directorate", UnitType.DIRECTORATE, null, null))))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
