package org.agilepmo.finance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The projects' earned-value snapshots. */
interface EarnedValueSnapshots extends JpaRepository<EarnedValueSnapshot, Long> {

	List<EarnedValueSnapshot> findByProjectIdOrderByStatusDateAsc(long projectId);

	Optional<EarnedValueSnapshot> findByProjectIdAndStatusDate(long projectId, LocalDate statusDate);

}
