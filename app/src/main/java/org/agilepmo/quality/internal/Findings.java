package org.agilepmo.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Findings extends JpaRepository<Finding, Long> {

	List<Finding> findByAuditIdOrderByIdAsc(long auditId);

}
