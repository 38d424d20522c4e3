package org.agilepmo.resources.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CostRateRecords extends JpaRepository<CostRate, Long> {

	List<CostRate> findByResourceIdOrderByValidFrom(long resourceId);

}
