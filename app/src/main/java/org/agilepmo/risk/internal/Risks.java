package org.agilepmo.risk.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Risks extends JpaRepository<Risk, Long> {

	List<Risk> findByProjectIdOrderByIdAsc(long projectId);

	List<Risk> findByProjectIdInOrderByIdAsc(Collection<Long> projectIds);

	List<Risk> findByProgrammeIdOrderByIdAsc(long programmeId);

	/** A portfolio's own risks (not its programmes'). */
	List<Risk> findByPortfolioIdAndProgrammeIdIsNullOrderByIdAsc(long portfolioId);

	/** The risks of a portfolio's own register and of its programmes' registers. */
	List<Risk> findByPortfolioIdOrderByIdAsc(long portfolioId);

	/** The risks of a register, in the order they were recorded. */
	default List<Risk> of(RegisterScope scope) {
		return switch (scope.level()) {
			case PROJECT -> findByProjectIdOrderByIdAsc(scope.id());
			case PROGRAMME -> findByProgrammeIdOrderByIdAsc(scope.id());
			case PORTFOLIO -> findByPortfolioIdAndProgrammeIdIsNullOrderByIdAsc(scope.id());
		};
	}

	List<Risk> findByOwnerIdAndStatus(long ownerId, RiskStatus status);

}
