package org.agilepmo.risk.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Risks extends JpaRepository<Risk, Long> {

	List<Risk> findByProjectIdOrderByIdAsc(long projectId);

	List<Risk> findByProjectIdInOrderByIdAsc(Collection<Long> projectIds);

	List<Risk> findByOwnerIdAndStatus(long ownerId, RiskStatus status);

}
