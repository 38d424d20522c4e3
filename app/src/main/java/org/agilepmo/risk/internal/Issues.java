package org.agilepmo.risk.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Issues extends JpaRepository<Issue, Long> {

	List<Issue> findByProjectIdOrderByIdAsc(long projectId);

	List<Issue> findByOwnerIdAndStatus(long ownerId, Issue.Status status);

	Optional<Issue> findByRiskId(long riskId);

}
