package org.agilepmo.risk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskActions extends JpaRepository<RiskAction, Long> {

	List<RiskAction> findByOwnerIdAndDoneAtIsNullOrderByDueAscIdAsc(long ownerId);

	List<RiskAction> findByDoneAtIsNullAndDueBeforeOrderByIdAsc(java.time.LocalDate day);

	List<RiskAction> findByRiskIdOrderByDueAscIdAsc(long riskId);

	List<RiskAction> findByProjectIdAndDoneAtIsNull(long projectId);

	List<RiskAction> findByIssueIdOrderByDueAscIdAsc(long issueId);

}
