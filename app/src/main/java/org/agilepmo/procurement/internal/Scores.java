package org.agilepmo.procurement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The evaluators' scores. */
public interface Scores extends JpaRepository<Score, Long> {

	List<Score> findByBidIdInOrderByIdAsc(Collection<Long> bidIds);

	Optional<Score> findByBidIdAndCriterionAndEvaluatorId(long bidId, String criterion, long evaluatorId);

}
