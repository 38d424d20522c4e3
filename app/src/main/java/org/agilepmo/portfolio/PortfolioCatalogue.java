package org.agilepmo.portfolio;

import java.util.Optional;

import org.agilepmo.shared.Actor;

/**
 * Portfolios and programmes as other modules see them, through the portfolio module's
 * access rule: a portfolio is visible portfolio-wide, to holders of a role on it and to
 * anyone who sees one of its projects; a programme when its portfolio is. Hidden ones are
 * absent, and nothing is thrown, so a caller may ask about many.
 */
public interface PortfolioCatalogue {

	/** The portfolio, when it exists and the person may see it. */
	Optional<PortfolioSummary> findVisiblePortfolio(long portfolioId, Actor actor);

	/** The programme, when it exists and the person may see it. */
	Optional<ProgrammeSummary> findVisibleProgramme(long programmeId, Actor actor);

}
