package org.agilepmo.portfolio;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.internal.PortfolioService;
import org.agilepmo.portfolio.internal.ProjectService;

import org.springframework.boot.test.context.TestComponent;

/**
 * The portfolio module's public test support: any module's tests get a
 * {@link PortfolioScene} here (portfolios, programmes and projects with people in their
 * roles) without reaching into the module's internals.
 */
@TestComponent
public class PortfolioFixtures {

	private final IdentityFixtures people;

	private final PortfolioService portfolios;

	private final ProjectService projects;

	PortfolioFixtures(IdentityFixtures people, PortfolioService portfolios, ProjectService projects) {
		this.people = people;
		this.portfolios = portfolios;
		this.projects = projects;
	}

	/** A new scene, with its own PMO officer to build it. */
	public PortfolioScene scene() {
		return new PortfolioScene(
				new org.agilepmo.portfolio.internal.PortfolioScene(this.people, this.portfolios, this.projects),
				this.portfolios);
	}

}
