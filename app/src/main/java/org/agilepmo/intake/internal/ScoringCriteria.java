package org.agilepmo.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoringCriteria extends JpaRepository<ScoringCriterion, Long> {

	List<ScoringCriterion> findAllByOrderByPositionAscIdAsc();

	boolean existsByCode(String code);

}
