package org.agilepmo.portfolio.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Programmes extends JpaRepository<Programme, Long>, JpaSpecificationExecutor<Programme> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, Long id);

	List<Programme> findByPortfolioIdOrderByName(long portfolioId);

}
