package org.agilepmo.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCorrelationGroups extends JpaRepository<PlanCorrelationGroup, Long> {

	List<PlanCorrelationGroup> findByProjectIdOrderByIdAsc(long projectId);

}
