package org.agilepmo.planning.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RiskAnalysisRuns extends JpaRepository<RiskAnalysisRun, Long> {

	List<RiskAnalysisRun> findTop50ByProjectIdOrderByIdDesc(long projectId);

	/**
	 * Marks the run cancelled if it is still running, in one statement, so that a run
	 * finishing at the same moment is either cancelled or answered as it ended; answers
	 * whether it was cancelled.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RiskAnalysisRun r set r.status = org.agilepmo.planning.internal.RiskAnalysisRun.Status.CANCELLED, "
			+ "r.finishedAt = ?2, r.version = r.version + 1 "
			+ "where r.id = ?1 and r.status = org.agilepmo.planning.internal.RiskAnalysisRun.Status.RUNNING")
	int cancelIfRunning(long id, Instant at);

}
