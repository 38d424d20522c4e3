/**
 * Portfolio prioritisation: choose the candidate projects of greatest total value under
 * budgets per year and capacity per skill and period, with mandatory, excluded, required
 * and mutually exclusive projects. Build a
 * {@link org.agilepmo.engine.portfolio.PortfolioProblem}, call
 * {@link org.agilepmo.engine.portfolio.PortfolioOptimiser#optimise} and read the
 * {@link org.agilepmo.engine.portfolio.Selection} with a computed reason for every
 * project; compare limits with {@link org.agilepmo.engine.portfolio.Scenarios#compare}.
 * The method is in docs/adr/0102-portfolio-optimiser.md.
 */
package org.agilepmo.engine.portfolio;
