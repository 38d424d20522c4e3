package org.agilepmo.finance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The budget versions of projects. */
interface BudgetVersions extends JpaRepository<BudgetVersion, Long> {

	List<BudgetVersion> findByProjectIdOrderByNumberAsc(long projectId);

	Optional<BudgetVersion> findFirstByProjectIdOrderByNumberDesc(long projectId);

	Optional<BudgetVersion> findFirstByProjectIdAndStatus(long projectId, BudgetVersion.Status status);

	@Query("select distinct v.projectId from BudgetVersion v order by v.projectId")
	List<Long> budgetedProjectIds();

	List<BudgetVersion> findByProjectIdInAndStatus(java.util.Collection<Long> projectIds, BudgetVersion.Status status);

}
