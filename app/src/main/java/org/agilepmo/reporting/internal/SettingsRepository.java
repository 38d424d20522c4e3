package org.agilepmo.reporting.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsRepository extends JpaRepository<ReportingSettings, Long> {

	Optional<ReportingSettings> findByPortfolioId(long portfolioId);

}
