package org.agilepmo.reporting.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistributionLists extends JpaRepository<DistributionList, Long> {

	Optional<DistributionList> findByPortfolioId(long portfolioId);

	Optional<DistributionList> findByProjectId(long projectId);

	List<DistributionList> findByDigestDayIsNotNull();

}
