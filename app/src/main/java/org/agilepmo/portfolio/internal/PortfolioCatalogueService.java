package org.agilepmo.portfolio.internal;

import java.util.Optional;

import org.agilepmo.portfolio.PortfolioCatalogue;
import org.agilepmo.portfolio.PortfolioSummary;
import org.agilepmo.portfolio.ProgrammeSummary;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio catalogue, answered by the portfolio module's own lists' rule. */
@Component
class PortfolioCatalogueService implements PortfolioCatalogue {

	private final PortfolioService portfolios;

	PortfolioCatalogueService(PortfolioService portfolios) {
		this.portfolios = portfolios;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PortfolioSummary> findVisiblePortfolio(long portfolioId, Actor actor) {
		return this.portfolios.findPortfolio(actor, portfolioId)
			.map(p -> new PortfolioSummary(p.id(), p.code(), p.name(), p.mayManageProgrammes()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProgrammeSummary> findVisibleProgramme(long programmeId, Actor actor) {
		return this.portfolios.findProgramme(actor, programmeId)
			.map(p -> new ProgrammeSummary(p.id(), p.code(), p.name(), p.portfolioId(), p.portfolioName(),
					p.managerId(), p.mayEdit() || (p.managerId() != null && p.managerId() == actor.id())));
	}

}
