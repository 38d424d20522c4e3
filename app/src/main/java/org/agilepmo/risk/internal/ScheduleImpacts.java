package org.agilepmo.risk.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleImpacts extends JpaRepository<ScheduleImpact, Long> {

	List<ScheduleImpact> findByRiskIdIn(Collection<Long> riskIds);

}
