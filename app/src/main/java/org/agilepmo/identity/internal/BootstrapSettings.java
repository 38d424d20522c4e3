package org.agilepmo.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator and demo mode. Bound from the environment:
 * {@code PMO_ADMIN_USERNAME}, {@code PMO_ADMIN_PASSWORD}, {@code PMO_ADMIN_API_TOKEN} and
 * {@code PMO_DEMO_ENABLED}.
 */
@ConfigurationProperties("pmo")
record BootstrapSettings(Admin admin, Demo demo) {

	BootstrapSettings {
		admin = admin == null ? new Admin(null, null, null) : admin;
		demo = demo == null ? new Demo(false) : demo;
	}

	record Admin(String username, String password, String apiToken) {

		boolean configured() {
			return this.username != null && !this.username.isBlank();
		}

	}

	record Demo(boolean enabled) {
	}

}
