package org.agilepmo.risk.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingChanges extends JpaRepository<RatingChange, Long> {

	List<RatingChange> findByRiskIdOrderByChangedAtAscIdAsc(long riskId);

	List<RatingChange> findByRiskIdInOrderByChangedAtAscIdAsc(Collection<Long> riskIds);

}
