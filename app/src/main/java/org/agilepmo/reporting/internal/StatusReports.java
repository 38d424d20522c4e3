package org.agilepmo.reporting.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusReports extends JpaRepository<StatusReport, Long> {

	List<StatusReport> findByProjectIdOrderByPeriodEndDesc(long projectId);

	List<StatusReport> findByProjectIdInOrderByPeriodEndDesc(Collection<Long> projectIds);

	Optional<StatusReport> findByProjectIdAndPeriodEnd(long projectId, LocalDate periodEnd);

	List<StatusReport> findByStatus(ReportStatus status);

	List<StatusReport> findByStatusAndDistributedAtIsNull(ReportStatus status);

	List<StatusReport> findByStatusAndPublishedAtGreaterThanEqualAndPublishedAtLessThanOrderByPublishedAtAsc(
			ReportStatus status, java.time.Instant from, java.time.Instant to);

}
