package org.agilepmo.identity.internal;

import java.util.EnumSet;
import java.util.Optional;

import org.agilepmo.identity.AccountManagement.NewAccount;
import org.agilepmo.identity.DemoCredentials;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes sure there is an administrator before anyone needs one. With
 * {@code PMO_ADMIN_USERNAME} and {@code PMO_ADMIN_PASSWORD} it creates that account (or
 * sets its password); {@code PMO_ADMIN_API_TOKEN} becomes its personal token. In demo
 * mode without them it creates {@code admin} with a random password, which it prints
 * once, when the platform is ready. Outside demo mode with no administrator at all it
 * stops the start-up.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner, DemoCredentials {

	static final String DEMO_ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final BootstrapSettings settings;

	private final AccountService accounts;

	private final Accounts repository;

	private final Environment environment;

	private String demoPassword;

	private boolean generated;

	private String adminUsername;

	AdminBootstrap(BootstrapSettings settings, AccountService accounts, Accounts repository, Environment environment) {
		this.settings = settings;
		this.accounts = accounts;
		this.repository = repository;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		BootstrapSettings.Admin admin = this.settings.admin();
		boolean demo = this.settings.demo().enabled();
		if (admin.configured()) {
			this.adminUsername = admin.username().trim().toLowerCase();
			ensureAdministrator(this.adminUsername, admin.password());
			if (demo) {
				this.demoPassword = admin.password();
			}
		}
		else if (demo) {
			this.adminUsername = DEMO_ADMIN;
			this.demoPassword = TokenHashing.random(16);
			this.generated = true;
			ensureAdministrator(DEMO_ADMIN, this.demoPassword);
		}
		else if (!this.repository.existsByRolesContains(GlobalRole.ADMINISTRATOR)) {
			throw new IllegalStateException("Agile PMO refuses to start: there is no administrator. Set "
					+ "PMO_ADMIN_USERNAME and PMO_ADMIN_PASSWORD for the first start.");
		}
		if (admin.apiToken() != null && !admin.apiToken().isBlank() && this.adminUsername != null) {
			Account account = this.repository.findByUsernameIgnoreCase(this.adminUsername).orElseThrow();
			this.accounts.installToken(account.id(), "bootstrap", admin.apiToken().trim());
		}
	}

	private void ensureAdministrator(String username, String password) {
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("PMO_ADMIN_PASSWORD must be set together with PMO_ADMIN_USERNAME");
		}
		Optional<Account> existing = this.repository.findByUsernameIgnoreCase(username);
		try {
			if (existing.isEmpty()) {
				this.accounts.create(new NewAccount(username, "Administrator", null, password, ScreeningLevel.ENHANCED,
						EnumSet.of(GlobalRole.ADMINISTRATOR, GlobalRole.MEMBER), this.settings.demo().enabled()));
			}
			else {
				this.accounts.resetPassword(username, password);
				this.accounts.ensureRole(username, GlobalRole.ADMINISTRATOR);
			}
		}
		catch (RuleViolationException ex) {
			throw new IllegalStateException("Agile PMO refuses to start: PMO_ADMIN_PASSWORD is refused: "
					+ ex.getMessage() + " (" + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
					+ " characters, not a common password)", ex);
		}
	}

	/**
	 * Demo accounts created by the demo data share the administrator's generated
	 * password.
	 */
	@Override
	public Optional<String> demoPassword() {
		return Optional.ofNullable(this.demoPassword);
	}

	@Override
	public String administrator() {
		return this.adminUsername;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = this.environment.getProperty("local.server.port", "8080");
		String url = "http://localhost:" + port + "/";
		StringBuilder banner = new StringBuilder("\n\n  Agile PMO is running at ").append(url).append('\n');
		if (this.generated) {
			banner.append("  Demo mode. Log in as '")
				.append(DEMO_ADMIN)
				.append("' with the password '")
				.append(this.demoPassword)
				.append("'\n  (demo people such as 'pmo.head', 'pm.amina', 'auditor' share this password; it changes at every start).\n");
		}
		else if (this.adminUsername != null) {
			banner.append("  Log in as '").append(this.adminUsername).append("' with PMO_ADMIN_PASSWORD");
			banner.append(this.demoPassword != null ? " (demo people share it).\n" : ".\n");
		}
		log.info("Agile PMO is running at {}", url);
		System.out.println(banner);
	}

}
