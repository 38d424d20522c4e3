package org.agilepmo.risk.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskCategories extends JpaRepository<RiskCategory, String> {

	List<RiskCategory> findAllByOrderByPositionAsc();

}
