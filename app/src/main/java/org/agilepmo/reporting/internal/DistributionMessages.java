package org.agilepmo.reporting.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DistributionMessages extends JpaRepository<DistributionMessage, Long> {

	boolean existsByOccasionAndRecipient(String occasion, String recipient);

	@Query("select m.id from DistributionMessage m where m.status = org.agilepmo.reporting.internal.DistributionMessage.Status.PENDING and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
	List<Long> findDue(@Param("now") Instant now);

	@Query("select distinct m from DistributionMessage m join m.reportIds r where r = :reportId order by m.createdAt desc, m.id desc")
	List<DistributionMessage> findByReport(@Param("reportId") long reportId);

}
