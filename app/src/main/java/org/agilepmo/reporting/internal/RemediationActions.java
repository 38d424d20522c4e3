package org.agilepmo.reporting.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemediationActions extends JpaRepository<RemediationAction, Long> {

	List<RemediationAction> findByDeviationIdOrderByDueOnAscIdAsc(long deviationId);

	List<RemediationAction> findByOwnerIdAndDoneAtIsNullOrderByDueOnAscIdAsc(long ownerId);

}
