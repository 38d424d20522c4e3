package org.agilepmo.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAnalysisRuns extends JpaRepository<RiskAnalysisRun, Long> {

	List<RiskAnalysisRun> findTop50ByProjectIdOrderByIdDesc(long projectId);

}
