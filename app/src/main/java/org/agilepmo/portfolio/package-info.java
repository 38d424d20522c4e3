/**
 * Portfolios, programmes and projects: what the organisation invests in, how it is
 * grouped, who holds which role on it, and where each project stands in its lifecycle
 * (concept to closure) and health. Other modules read projects through
 * {@link org.agilepmo.portfolio.ProjectCatalogue}, change them through
 * {@link org.agilepmo.portfolio.PortfolioRegistry}; both apply the platform's access
 * rule, and react to {@link org.agilepmo.portfolio.ProjectStageChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.agilepmo.portfolio;
