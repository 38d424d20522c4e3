package org.agilepmo.identity;

import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity module started with only the modules it uses (the audit trail): accounts
 * are found by their username with their screening and roles, and a personal token is
 * listed until it is revoked.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class IdentityModuleTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	People people;

	@Autowired
	TokenDirectory tokens;

	@Test
	void aNewAccountIsFoundByItsUsernameWithItsScreeningAndRoles() {
		PersonSummary auditor = this.identity.person("auditor", ScreeningLevel.ENHANCED, GlobalRole.AUDITOR);

		PersonSummary found = this.people.findByUsername(auditor.username()).orElseThrow();
		assertThat(found.screening()).isEqualTo(ScreeningLevel.ENHANCED);
		assertThat(found.roles()).containsExactlyInAnyOrder(GlobalRole.MEMBER, GlobalRole.AUDITOR);
	}

	@Test
	void aPersonalTokenIsListedUntilItIsRevoked() {
		PersonSummary person = this.identity.person("token", ScreeningLevel.NONE);
		this.identity.tokenOf(person);
		assertThat(this.tokens.tokensOf(person.id())).singleElement().matches(ApiTokenView::active);

		this.identity.revokeAll(person);
		assertThat(this.tokens.tokensOf(person.id())).noneMatch(ApiTokenView::active);
	}

}
