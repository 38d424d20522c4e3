package org.agilepmo.identity.internal;

import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside demo mode the first administrator's password keeps the password rule, so that a
 * production instance never starts with {@code PMO_ADMIN_PASSWORD=password1234}.
 */
@PmoTest
class BootstrapAdministratorPasswordTest {

	@Autowired
	AccountService accounts;

	@Autowired
	Accounts repository;

	@Autowired
	Environment environment;

	@Test
	void aCommonAdministratorPasswordStopsTheStart() {
		String username = "root-" + System.nanoTime();
		assertThatThrownBy(() -> bootstrap(username, "password1234", false)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PMO_ADMIN_PASSWORD");
		assertThat(this.repository.findByUsernameIgnoreCase(username)).isEmpty();
	}

	@Test
	void aShortPasswordForAnExistingAdministratorStopsTheStart() {
		String username = "root-" + System.nanoTime();
		bootstrap(username, "a good long administrator phrase", false);
		assertThatThrownBy(() -> bootstrap(username, "admin123", false)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PMO_ADMIN_PASSWORD");
	}

	@Test
	void generatedDemoPasswordsKeepTheRule() {
		PasswordPolicy policy = new PasswordPolicy();
		for (int i = 0; i < 1000; i++) {
			policy.check(TokenHashing.random(16));
		}
	}

	private void bootstrap(String username, String password, boolean demo) {
		new AdminBootstrap(new BootstrapSettings(new BootstrapSettings.Admin(username, password, null),
				new BootstrapSettings.Demo(demo)), this.accounts, this.repository, this.environment)
			.run(new DefaultApplicationArguments());
	}

}
