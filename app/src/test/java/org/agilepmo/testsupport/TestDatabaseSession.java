package org.agilepmo.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When {@code PMO_TEST_DATABASE_URL} names a PostgreSQL database (as in CI), gives this
 * test run a schema of its own with a random name and drops it when the run ends, so that
 * two runs never share state. Without it the tests use H2 in memory.
 */
public class TestDatabaseSession implements LauncherSessionListener {

	private String schema;

	private String baseUrl;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		this.baseUrl = System.getenv("PMO_TEST_DATABASE_URL");
		if (this.baseUrl == null || this.baseUrl.isBlank()) {
			return;
		}
		this.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		execute("create schema " + this.schema);
		String separator = this.baseUrl.contains("?") ? "&" : "?";
		System.setProperty("pmo.test.database-url", this.baseUrl + separator + "currentSchema=" + this.schema);
		System.setProperty("pmo.test.database-username",
				System.getenv().getOrDefault("PMO_TEST_DATABASE_USERNAME", "postgres"));
		System.out.println("Tests run on PostgreSQL, schema " + this.schema);
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.schema != null) {
			execute("drop schema " + this.schema + " cascade");
		}
	}

	private void execute(String sql) {
		String user = System.getenv().getOrDefault("PMO_TEST_DATABASE_USERNAME", "postgres");
		try (Connection connection = DriverManager.getConnection(this.baseUrl, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + this.baseUrl, ex);
		}
	}

}
