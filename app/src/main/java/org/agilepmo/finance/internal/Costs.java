package org.agilepmo.finance.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Commitments and actual costs. */
interface Costs extends JpaRepository<Cost, Long> {

	List<Cost> findByProjectIdOrderByDateAscIdAsc(long projectId);

	List<Cost> findByProjectIdInOrderByDateAscIdAsc(Collection<Long> projectIds);

}
