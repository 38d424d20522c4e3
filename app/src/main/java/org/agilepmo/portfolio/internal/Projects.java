package org.agilepmo.portfolio.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All projects; what a person may see of them is decided by {@link Visibility}. */
interface Projects extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, Long id);

}
