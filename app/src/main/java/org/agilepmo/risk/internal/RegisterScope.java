package org.agilepmo.risk.internal;

import java.util.Locale;

/**
 * Whose register a risk is in: a project's, a programme's or a portfolio's. The portfolio
 * rolls up its own risks, its programmes' and those of its projects the reader may see.
 */
public record RegisterScope(Level level, long id) {

	/** The three levels a register is kept at. */
	public enum Level {

		PROJECT("projects"), PROGRAMME("programmes"), PORTFOLIO("portfolios");

		private final String path;

		Level(String path) {
			this.path = path;
		}

		/** The object kind the portfolio module and the audit trail use for it. */
		public String kind() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public static RegisterScope project(long id) {
		return new RegisterScope(Level.PROJECT, id);
	}

	public static RegisterScope programme(long id) {
		return new RegisterScope(Level.PROGRAMME, id);
	}

	public static RegisterScope portfolio(long id) {
		return new RegisterScope(Level.PORTFOLIO, id);
	}

	public boolean isProject() {
		return this.level == Level.PROJECT;
	}

	/** The page of the object whose register it is: {@code /programmes/4}. */
	public String path() {
		return "/" + this.level.path + "/" + this.id;
	}

	/** The register's page: {@code /programmes/4/risks}. */
	public String registerPath() {
		return path() + "/risks";
	}

}
