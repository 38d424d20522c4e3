package org.agilepmo.portfolio.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Portfolios extends JpaRepository<Portfolio, Long>, JpaSpecificationExecutor<Portfolio> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, Long id);

}
