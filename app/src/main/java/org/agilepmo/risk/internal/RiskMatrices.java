package org.agilepmo.risk.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskMatrices extends JpaRepository<RiskMatrix, Long> {

	Optional<RiskMatrix> findByPortfolioId(long portfolioId);

	Optional<RiskMatrix> findByPortfolioIdIsNull();

}
