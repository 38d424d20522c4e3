package org.agilepmo.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectiveActions extends JpaRepository<CorrectiveAction, Long> {

	List<CorrectiveAction> findByAuditIdOrderByIdAsc(long auditId);

	long countByAuditIdAndDoneAtIsNull(long auditId);

	List<CorrectiveAction> findByOwnerIdAndDoneAtIsNullOrderByDueAscIdAsc(long ownerId);

	List<CorrectiveAction> findByOwnerId(long ownerId);

}
